// Balances are a cache of the movement ledger: this recomputes them from the movements and
// reports every (location, lot) where the two disagree.
import type { DbOrTx } from "@/lib/db";

export type BalanceDrift = { locationId: string; lotId: string; storedOnHand: number | null; storedReserved: number | null; ledgerOnHand: number; ledgerReserved: number };

/** Every (location, lot) whose stored balance differs from the sum of its movements (empty = consistent). */
export async function findBalanceDrift(db: DbOrTx, hubId: string): Promise<BalanceDrift[]> {
  return db.$queryRaw<BalanceDrift[]>`
    WITH ledger AS (
      SELECT "locationId", "lotId", SUM("onHandDelta")::int AS "onHand", SUM("reservedDelta")::int AS reserved
      FROM "StockMovement" WHERE "hubId" = ${hubId} GROUP BY "locationId", "lotId"
    )
    SELECT COALESCE(b."locationId", l."locationId") AS "locationId", COALESCE(b."lotId", l."lotId") AS "lotId",
      b."onHand" AS "storedOnHand", b.reserved AS "storedReserved",
      COALESCE(l."onHand", 0) AS "ledgerOnHand", COALESCE(l.reserved, 0) AS "ledgerReserved"
    FROM (SELECT * FROM "StockBalance" WHERE "hubId" = ${hubId}) b
    FULL OUTER JOIN ledger l ON l."locationId" = b."locationId" AND l."lotId" = b."lotId"
    WHERE COALESCE(b."onHand", 0) <> COALESCE(l."onHand", 0) OR COALESCE(b.reserved, 0) <> COALESCE(l.reserved, 0)
    ORDER BY 1, 2`;
}

/** Rewrites stored balances from the ledger (a repair after drift is found); returns rows changed. */
export async function rebuildBalances(db: DbOrTx, hubId: string, at: Date): Promise<number> {
  return db.$executeRaw`
    WITH ledger AS (
      SELECT "locationId", "lotId", MIN("skuId") AS "skuId", SUM("onHandDelta")::int AS "onHand", SUM("reservedDelta")::int AS reserved
      FROM "StockMovement" WHERE "hubId" = ${hubId} GROUP BY "locationId", "lotId"
    )
    INSERT INTO "StockBalance" (id, "hubId", "locationId", "skuId", "lotId", "onHand", reserved, "updatedAt")
    SELECT gen_random_uuid()::text, ${hubId}, "locationId", "skuId", "lotId", "onHand", reserved, ${at} FROM ledger
    ON CONFLICT ("locationId", "lotId") DO UPDATE SET "onHand" = EXCLUDED."onHand", reserved = EXCLUDED.reserved, "updatedAt" = EXCLUDED."updatedAt"
    WHERE "StockBalance"."onHand" <> EXCLUDED."onHand" OR "StockBalance".reserved <> EXCLUDED.reserved`;
}
