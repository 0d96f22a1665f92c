// Writes parents with their append-only children: OrderTransition and Posting rows have sequence ids
// (no natural key for ON CONFLICT), so children are inserted only for the parents inserted just
// before, in the same transaction. A rerun inserts neither; an interrupted run leaves no orphans. All
// children of a batch go in one statement, which suits the ledger: the Posting statement trigger
// checks every entry of the statement balances.
import type { Db, DbOrTx, Tx } from "@/lib/db";
import { insertJson } from "./write";

export type ParentSpec = {
  table: string;
  rows: object[];
  /** Extra columns computed in SQL, e.g. the order number from its sequence. */
  computed?: Record<string, string>;
  /** Insert order (so sequence numbers follow it). */
  orderBy?: string;
};
export type ChildSpec = { table: string; rows: object[]; foreignKey: string };

/** "FR-0001234": the next order number, drawn as the row is inserted. */
export const ORDER_NUMBER_SQL = `'FR-' || lpad(nextval('"OrderNumberSeq"')::text, 7, '0')`;

const columnsOf = (rows: object[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))].map((c) => `"${c}"`);

/** Inserts parents that are not there yet, and the children of exactly those parents, in one transaction. */
export async function insertWithChildren(db: DbOrTx, parent: ParentSpec, child: ChildSpec): Promise<{ parents: number; children: number }> {
  if (parent.rows.length === 0) return { parents: 0, children: 0 };
  const pcols = columnsOf(parent.rows);
  const computed = Object.entries(parent.computed ?? {});
  const insertCols = [...pcols, ...computed.map(([c]) => `"${c}"`)].join(", ");
  const selectCols = [...pcols.map((c) => `r.${c}`), ...computed.map(([, expr]) => expr)].join(", ");
  // Parents already there are filtered out before the SELECT list runs, so a rerun draws no numbers.
  const sql = `
    INSERT INTO "${parent.table}" (${insertCols})
    SELECT ${selectCols} FROM (
      SELECT * FROM json_populate_recordset(NULL::"${parent.table}", $1::json) src
      WHERE NOT EXISTS (SELECT 1 FROM "${parent.table}" x WHERE x.id = src.id)
      ${parent.orderBy ? `ORDER BY ${parent.orderBy}` : ""}
    ) r
    ON CONFLICT DO NOTHING
    RETURNING id`;
  // Children are matched in memory: the planner cannot see how many rows a JSON function or a
  // RETURNING list holds, and a nested-loop match of thousands by thousands is what it then picks.
  return inLongTransaction(db, async (tx) => {
    const inserted = new Set((await tx.$queryRawUnsafe<{ id: string }[]>(sql, JSON.stringify(parent.rows))).map((r) => r.id));
    const children = child.rows.filter((c) => inserted.has((c as Record<string, string>)[child.foreignKey]!));
    const { count } = await insertJson(tx, child.table, children);
    return { parents: inserted.size, children: count };
  });
}

/** A transaction that may take a while (tens of thousands of rows); runs inline when already in one. */
export function inLongTransaction<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if ("$transaction" in db) return (db as Db).$transaction((tx) => fn(tx), { timeout: 600_000, maxWait: 60_000 });
  return fn(db);
}
