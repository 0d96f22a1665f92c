// The one place balances change: a guarded UPDATE (or upsert for incoming stock) plus the
// append-only movement row, in the caller's transaction. Rebuilding balances from movements
// therefore always gives the stored balances.
import type { MovementKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export type Movement = {
  hubId: string;
  kind: MovementKind;
  locationId: string;
  skuId: string;
  lotId: string;
  quantity: number;
  onHandDelta: number;
  reservedDelta: number;
  reference?: string | null;
  reservationId?: string | null;
  adjustmentId?: string | null;
  transferId?: string | null;
  reason?: string | null;
  actorUserId?: string | null;
  at: Date;
};

/** Applies a movement to its (location, lot) balance and appends it; INSUFFICIENT_STOCK if it would go negative. */
export async function applyMovement(tx: Tx, m: Movement): Promise<void> {
  if (m.onHandDelta !== 0 || m.reservedDelta !== 0) await changeBalance(tx, m);
  await tx.$executeRaw`
    INSERT INTO "StockMovement" ("hubId", kind, "locationId", "skuId", "lotId", quantity, "onHandDelta", "reservedDelta",
      reference, "reservationId", "adjustmentId", "transferId", reason, "actorUserId", "createdAt")
    VALUES (${m.hubId}, ${m.kind}::"MovementKind", ${m.locationId}, ${m.skuId}, ${m.lotId}, ${m.quantity}, ${m.onHandDelta}, ${m.reservedDelta},
      ${m.reference ?? null}, ${m.reservationId ?? null}, ${m.adjustmentId ?? null}, ${m.transferId ?? null}, ${m.reason ?? null}, ${m.actorUserId ?? null}, ${m.at})`;
}

async function changeBalance(tx: Tx, m: Movement): Promise<void> {
  if (m.onHandDelta > 0 && m.reservedDelta === 0) {
    // Incoming stock may be the first of this lot at this location.
    await tx.$executeRaw`
      INSERT INTO "StockBalance" (id, "hubId", "locationId", "skuId", "lotId", "onHand", reserved, "updatedAt")
      VALUES (gen_random_uuid()::text, ${m.hubId}, ${m.locationId}, ${m.skuId}, ${m.lotId}, ${m.onHandDelta}, 0, ${m.at})
      ON CONFLICT ("locationId", "lotId") DO UPDATE SET "onHand" = "StockBalance"."onHand" + EXCLUDED."onHand", "updatedAt" = EXCLUDED."updatedAt"`;
    return;
  }
  // The WHERE clause is the guard: the row is locked by the UPDATE and changed only if the
  // result keeps 0 <= reserved <= onHand (the CHECK constraints are the last line of defence).
  const changed = await tx.$executeRaw`
    UPDATE "StockBalance"
    SET "onHand" = "onHand" + ${m.onHandDelta}, reserved = reserved + ${m.reservedDelta}, "updatedAt" = ${m.at}
    WHERE "locationId" = ${m.locationId} AND "lotId" = ${m.lotId}
      AND "onHand" + ${m.onHandDelta} >= reserved + ${m.reservedDelta}
      AND reserved + ${m.reservedDelta} >= 0`;
  if (changed === 1) return;
  const [row] = await tx.$queryRaw<{ onHand: number; reserved: number }[]>`
    SELECT "onHand", reserved FROM "StockBalance" WHERE "locationId" = ${m.locationId} AND "lotId" = ${m.lotId}`;
  throw insufficient(m, row ?? { onHand: 0, reserved: 0 });
}

function insufficient(m: Movement, row: { onHand: number; reserved: number }): DomainError {
  const available = row.onHand - row.reserved;
  const message =
    m.reservedDelta < 0
      ? `Only ${row.reserved} units are reserved here; cannot take ${m.quantity}.`
      : row.reserved > 0 && m.onHandDelta < 0 && row.onHand >= m.quantity
        ? `Only ${available} units are free: ${row.reserved} of the ${row.onHand} on hand are reserved for orders.`
        : `Only ${Math.max(available, 0)} units are available; ${m.quantity} were asked for.`;
  return new DomainError("INSUFFICIENT_STOCK", message, { details: { onHand: row.onHand, reserved: row.reserved, available, requested: m.quantity } });
}

/** Serialises code allocation (transfer and lot numbers) per hub without locking any row. */
export async function lockHubSequence(tx: Tx, hubId: string, sequence: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${hubId}:${sequence}`}))`;
}
