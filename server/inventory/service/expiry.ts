// Daily expiry scan (set-based across hubs): lots with free stock at a stocking location that reach
// their best-before within the warning window get one EXPIRY alert; alerts of lots with no stock
// left are closed.
import { inTransaction, type DbOrTx } from "@/lib/db";
import { emitEvent } from "../../events/outbox";
import { INVENTORY_EVENTS } from "../events";

/** Days before best-before at which a lot is flagged (today, tomorrow and the day after). */
export const EXPIRY_WARNING_DAYS = 2;

/** Opens EXPIRY alerts for lots about to expire and resolves stale ones; returns the counts. */
export async function scanExpiringLots(db: DbOrTx, at: Date = new Date()): Promise<{ opened: number; resolved: number }> {
  return inTransaction(db, async (tx) => {
    const opened = await tx.$queryRaw<{ id: string; hubId: string; lotId: string; locationId: string; bestBefore: Date; available: number }[]>`
      INSERT INTO "InventoryAlert" (id, "hubId", kind, status, "skuId", "lotId", "locationId", message, data, "openKey", "createdAt")
      SELECT gen_random_uuid()::text, b."hubId", 'EXPIRY', 'OPEN', b."skuId", b."lotId", b."locationId",
        format('Lot %s (%s) at %s: %s units reach best-before on %s.', l.code, s.code, loc.name, b."onHand" - b.reserved, to_char(l."bestBefore", 'YYYY-MM-DD')),
        jsonb_build_object('lotId', b."lotId", 'locationId', b."locationId", 'bestBefore', l."bestBefore", 'available', b."onHand" - b.reserved),
        'EXPIRY:' || b."locationId" || ':' || b."lotId", ${at}
      FROM "StockBalance" b
      JOIN "Lot" l ON l.id = b."lotId" JOIN "Sku" s ON s.id = b."skuId"
      JOIN "Location" loc ON loc.id = b."locationId" JOIN "Hub" h ON h.id = b."hubId"
      WHERE b."onHand" > b.reserved AND loc.kind IN ('WAREHOUSE', 'PACKHOUSE')
        AND l."bestBefore" <= (${at}::timestamptz AT TIME ZONE h."timeZone")::date + ${EXPIRY_WARNING_DAYS}::int
      ON CONFLICT ("hubId", "openKey") DO NOTHING
      RETURNING id, "hubId", "lotId", "locationId", (data->>'bestBefore')::date AS "bestBefore", (data->>'available')::int AS available`;
    for (const a of opened) {
      await emitEvent(tx, { name: INVENTORY_EVENTS.lotExpiring, hubId: a.hubId, key: a.id, payload: { alertId: a.id, lotId: a.lotId, locationId: a.locationId, available: a.available } });
    }
    const resolved = await tx.$executeRaw`
      UPDATE "InventoryAlert" a SET status = 'RESOLVED', "resolvedAt" = ${at}, "openKey" = NULL
      FROM "StockBalance" b
      WHERE a.kind = 'EXPIRY' AND a."openKey" IS NOT NULL AND b."locationId" = a."locationId" AND b."lotId" = a."lotId" AND b."onHand" <= b.reserved`;
    return { opened: opened.length, resolved };
  });
}
