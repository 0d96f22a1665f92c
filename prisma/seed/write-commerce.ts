// Writes parents and their append-only children in one statement: OrderTransition and Posting rows
// have sequence ids (no natural key for ON CONFLICT), so children are inserted only for the parents
// this statement inserted. A rerun inserts neither; an interrupted run leaves no orphans. One
// statement per batch also suits the ledger: the Posting statement trigger checks every entry balances.
import type { DbOrTx } from "@/lib/db";
import type { SeedCtx, Table } from "./write";

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

/** Inserts parents that are not there yet, and the children of exactly those parents. */
export async function insertWithChildren(db: DbOrTx, parent: ParentSpec, child: ChildSpec): Promise<{ parents: number; children: number }> {
  if (parent.rows.length === 0) return { parents: 0, children: 0 };
  const pcols = columnsOf(parent.rows);
  const computed = Object.entries(parent.computed ?? {});
  const insertCols = [...pcols, ...computed.map(([c]) => `"${c}"`)].join(", ");
  const selectCols = [...pcols.map((c) => `r.${c}`), ...computed.map(([, expr]) => expr)].join(", ");
  const ccols = columnsOf(child.rows);
  const childInsert = child.rows.length === 0 ? "SELECT 1 WHERE false" : `
      INSERT INTO "${child.table}" (${ccols.join(", ")})
      SELECT ${ccols.map((c) => `c.${c}`).join(", ")} FROM json_populate_recordset(NULL::"${child.table}", $2::json) c
      WHERE c."${child.foreignKey}" IN (SELECT id FROM parent)
      RETURNING 1`;
  // Parents already there are filtered out before the SELECT list runs, so a rerun draws no numbers.
  const sql = `
    WITH parent AS (
      INSERT INTO "${parent.table}" (${insertCols})
      SELECT ${selectCols} FROM (
        SELECT * FROM json_populate_recordset(NULL::"${parent.table}", $1::json) src
        WHERE NOT EXISTS (SELECT 1 FROM "${parent.table}" x WHERE x.id = src.id)
        ${parent.orderBy ? `ORDER BY ${parent.orderBy}` : ""}
      ) r
      ON CONFLICT DO NOTHING
      RETURNING id
    ), child AS (${childInsert})
    SELECT (SELECT count(*) FROM parent)::int AS parents, (SELECT count(*) FROM child)::int AS children`;
  const [counts] = await db.$queryRawUnsafe<{ parents: number; children: number }[]>(sql, JSON.stringify(parent.rows), JSON.stringify(child.rows));
  return counts!;
}

/** insertWithChildren in batches of parents, counting rows for the seed summary. */
export async function putWithChildren(
  ctx: SeedCtx, names: [Table, Table], parent: ParentSpec, child: ChildSpec, batch = 4_000,
): Promise<void> {
  const byParent = new Map<string, object[]>();
  for (const row of child.rows) {
    const key = (row as Record<string, string>)[child.foreignKey]!;
    const list = byParent.get(key);
    if (list) list.push(row);
    else byParent.set(key, [row]);
  }
  for (let i = 0; i < parent.rows.length; i += batch) {
    const parents = parent.rows.slice(i, i + batch);
    const children = parents.flatMap((p) => byParent.get((p as { id: string }).id) ?? []);
    const n = await insertWithChildren(ctx.db, { ...parent, rows: parents }, { ...child, rows: children });
    ctx.inserted[names[0]] += n.parents;
    ctx.inserted[names[1]] += n.children;
  }
  ctx.planned[names[0]] += parent.rows.length;
  ctx.planned[names[1]] += child.rows.length;
}
