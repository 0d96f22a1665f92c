// SQL checks that the seeded stock obeys the inventory contract: every balance is the sum of its
// movements (both directions), and open alerts match the state they describe. Used by the seed's
// integration tests; handy from a psql prompt too.
import type { DbOrTx } from "@/lib/db";
import { EXPIRY_WINDOW_DAYS, LOW_STOCK_KINDS } from "./build/alerts";

export type Mismatch = { locationId: string; lotId: string; onHand: number | null; reserved: number | null; sumOnHand: number | null; sumReserved: number | null };

/** (location, lot) pairs whose balance differs from its movements, or that exist on one side only. */
export function balanceMismatches(db: DbOrTx): Promise<Mismatch[]> {
  return db.$queryRaw<Mismatch[]>`
    WITH sums AS (
      SELECT "locationId", "lotId", SUM("onHandDelta")::int AS "sumOnHand", SUM("reservedDelta")::int AS "sumReserved"
      FROM "StockMovement" GROUP BY "locationId", "lotId"
    )
    SELECT COALESCE(b."locationId", s."locationId") AS "locationId", COALESCE(b."lotId", s."lotId") AS "lotId",
           b."onHand", b.reserved, s."sumOnHand", s."sumReserved"
    FROM "StockBalance" b
    FULL OUTER JOIN sums s ON s."locationId" = b."locationId" AND s."lotId" = b."lotId"
    WHERE b.id IS NULL OR s."lotId" IS NULL OR b."onHand" <> s."sumOnHand" OR b.reserved <> s."sumReserved"`;
}

/** Open-alert keys the stock implies: LOW_STOCK (unexpired availability under threshold) and EXPIRY. */
export async function impliedStockAlertKeys(db: DbOrTx, today: string): Promise<{ low: string[]; expiry: string[] }> {
  const low = await db.$queryRaw<{ key: string }[]>`
    SELECT 'LOW_STOCK:' || b."locationId" || ':' || b."skuId" AS key
    FROM "StockBalance" b
    JOIN "Lot" l ON l.id = b."lotId" JOIN "Sku" s ON s.id = b."skuId" JOIN "Location" loc ON loc.id = b."locationId"
    WHERE loc.kind::text = ANY(${[...LOW_STOCK_KINDS]}) AND s."lowStockThreshold" > 0
    GROUP BY b."locationId", b."skuId", s."lowStockThreshold"
    HAVING COALESCE(SUM(b."onHand" - b.reserved) FILTER (WHERE l."bestBefore" >= ${today}::date), 0) < s."lowStockThreshold"`;
  const expiry = await db.$queryRaw<{ key: string }[]>`
    SELECT 'EXPIRY:' || b."locationId" || ':' || b."lotId" AS key
    FROM "StockBalance" b JOIN "Lot" l ON l.id = b."lotId"
    WHERE b."onHand" > 0 AND l."bestBefore" <= ${today}::date + ${EXPIRY_WINDOW_DAYS}::int`;
  return { low: low.map((r) => r.key).sort(), expiry: expiry.map((r) => r.key).sort() };
}

/** Open-alert keys actually stored, per kind. */
export async function openAlertKeys(db: DbOrTx, kind: "LOW_STOCK" | "EXPIRY" | "COLD_CHAIN"): Promise<string[]> {
  const rows = await db.inventoryAlert.findMany({ where: { kind, status: { not: "RESOLVED" } }, select: { openKey: true } });
  return rows.map((r) => r.openKey ?? "").sort();
}
