// Reservations hold units for a reference (an order line) first-expiry-first-out, and never oversell:
// the candidate balance rows are locked in one FEFO order, so concurrent reservers queue instead of
// double-counting, and the guarded UPDATE in applyMovement re-checks every take.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hubDateValue } from "@/lib/hub-time";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { allocateFefo, type FefoCandidate, type FefoTake } from "../rules";
import { ZReserveInput, ZReferenceInput } from "../schema";
import { checkLowStock } from "./alerts";
import { findLocation, findSku } from "./lookups";
import { applyMovement } from "./stock-ledger";

export type ReservedLine = { id: string; lotId: string; quantity: number };

/** Reserves units of a SKU at a location across lots, earliest best-before first (expired lots excluded). */
export async function reserveStock(ctx: ServiceContext, raw: unknown): Promise<{ reference: string; reservations: ReservedLine[] }> {
  const input = parseOrThrow(ZReserveInput, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const candidates = await lockCandidates(tx, hubId, input.locationId, input.skuId, hubDateValue(at, hubTimeZone));
    // Safe to repeat: a reference that already holds this SKU here gets its reservations back.
    const existing = await tx.reservation.findMany({
      where: { hubId, reference: input.reference, skuId: input.skuId, locationId: input.locationId, status: "ACTIVE" },
      select: { id: true, lotId: true, quantity: true },
    });
    if (existing.length > 0) return { reference: input.reference, reservations: existing };

    const takes = allocateFefo(candidates, input.quantity, input.allowPartial);
    if (!takes) {
      if (candidates.length === 0) await assertKnown(tx, hubId, input.locationId, input.skuId);
      const available = candidates.reduce((sum, c) => sum + c.available, 0);
      throw new DomainError("INSUFFICIENT_STOCK", `Only ${available} units available; ${input.quantity} requested.`, {
        details: { skuId: input.skuId, locationId: input.locationId, requested: input.quantity, available },
        fieldErrors: { quantity: [`Only ${available} available`] },
      });
    }
    const reservations: ReservedLine[] = [];
    for (const take of takes) reservations.push(await reserveFromLot(tx, { hubId, userId, locationId: input.locationId, skuId: input.skuId, reference: input.reference, at }, take));
    // Reserving only lowers availability, so the alert check needs no extra read: the locked
    // candidates were all the unexpired free stock of this SKU here.
    const threshold = candidates[0]?.threshold ?? 0;
    const left = candidates.reduce((sum, c) => sum + c.available, 0) - input.quantity;
    if (left < threshold) await checkLowStock(tx, hubId, input.locationId, input.skuId, at, hubTimeZone);
    return { reference: input.reference, reservations };
  });
}

/** Locks the balance rows with free units of a SKU at a location, in FEFO order. */
async function lockCandidates(tx: Tx, hubId: string, locationId: string, skuId: string, today: Date): Promise<Array<FefoCandidate & { threshold: number }>> {
  // FOR UPDATE re-checks the WHERE clause on rows changed while we waited, so a lot emptied by a
  // concurrent reserver drops out and its successor is used instead.
  return tx.$queryRaw<Array<FefoCandidate & { threshold: number }>>`
    SELECT b.id AS "balanceId", b."lotId", (b."onHand" - b.reserved)::int AS available, l."bestBefore", l."harvestedAt",
      (SELECT s."lowStockThreshold" FROM "Sku" s WHERE s.id = b."skuId") AS threshold
    FROM "StockBalance" b JOIN "Lot" l ON l.id = b."lotId"
    WHERE b."hubId" = ${hubId} AND b."locationId" = ${locationId} AND b."skuId" = ${skuId}
      AND b."onHand" > b.reserved AND l."bestBefore" >= ${today}
    ORDER BY l."bestBefore", l."harvestedAt", l.id
    FOR UPDATE OF b`;
}

type TakeContext = { hubId: string; userId: string; locationId: string; skuId: string; reference: string; at: Date };

/** One round trip per lot: raise reserved (guarded), create the reservation, append the movement. */
async function reserveFromLot(tx: Tx, c: TakeContext, take: FefoTake): Promise<ReservedLine> {
  const rows = await tx.$queryRaw<ReservedLine[]>`
    WITH balance AS (
      UPDATE "StockBalance" SET reserved = reserved + ${take.quantity}, "updatedAt" = ${c.at}
      WHERE id = ${take.balanceId} AND "onHand" - reserved >= ${take.quantity}
      RETURNING id
    ), reservation AS (
      INSERT INTO "Reservation" (id, "hubId", "locationId", "skuId", "lotId", reference, quantity, status, "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${c.hubId}, ${c.locationId}, ${c.skuId}, ${take.lotId}, ${c.reference}, ${take.quantity}, 'ACTIVE'::"ReservationStatus", ${c.at}, ${c.at} FROM balance
      RETURNING id, "lotId", quantity
    ), movement AS (
      INSERT INTO "StockMovement" ("hubId", kind, "locationId", "skuId", "lotId", quantity, "onHandDelta", "reservedDelta", reference, "reservationId", "actorUserId", "createdAt")
      SELECT ${c.hubId}, 'RESERVE'::"MovementKind", ${c.locationId}, ${c.skuId}, ${take.lotId}, ${take.quantity}, 0, ${take.quantity}, ${c.reference}, id, ${c.userId}, ${c.at} FROM reservation
    )
    SELECT id, "lotId", quantity FROM reservation`;
  // The row is locked by lockCandidates, so the guard cannot fail unless the plan was wrong.
  if (!rows[0]) throw new DomainError("INSUFFICIENT_STOCK", "Stock changed while reserving; please retry.");
  return rows[0];
}

async function assertKnown(tx: Tx, hubId: string, locationId: string, skuId: string) {
  await findLocation(tx, hubId, locationId);
  await findSku(tx, hubId, skuId);
}

/** Gives back every active reservation of a reference; repeating it releases nothing more. */
export async function releaseReservations(ctx: ServiceContext, raw: unknown): Promise<{ released: number }> {
  const { reference } = parseOrThrow(ZReferenceInput, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const active = await lockReservations(tx, hubId, reference, "ACTIVE");
    let released = 0;
    for (const r of active) {
      await applyMovement(tx, {
        hubId, kind: "RELEASE", locationId: r.locationId, skuId: r.skuId, lotId: r.lotId, quantity: r.quantity,
        onHandDelta: 0, reservedDelta: -r.quantity, reference, reservationId: r.id, actorUserId: userId, at,
      });
      await tx.reservation.update({ where: { id: r.id }, data: { status: "RELEASED", updatedAt: at } });
      released += r.quantity;
    }
    for (const key of new Set(active.map((r) => `${r.locationId}|${r.skuId}`))) {
      const [locationId, skuId] = key.split("|") as [string, string];
      await checkLowStock(tx, hubId, locationId, skuId, at, hubTimeZone);
    }
    return { released };
  });
}

export type LockedReservation = { id: string; locationId: string; skuId: string; lotId: string; quantity: number; pickedQuantity: number; status: string };

/** Locks a reference's reservations in a given status (a stable order avoids deadlocks). */
export async function lockReservations(tx: Tx, hubId: string, reference: string, status: string): Promise<LockedReservation[]> {
  return tx.$queryRaw<LockedReservation[]>`
    SELECT id, "locationId", "skuId", "lotId", quantity, "pickedQuantity", status::text AS status
    FROM "Reservation" WHERE "hubId" = ${hubId} AND reference = ${reference} AND status = ${status}::"ReservationStatus"
    ORDER BY id FOR UPDATE`;
}
