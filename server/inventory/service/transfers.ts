// Transfers between locations (UC8): dispatch takes the units out of the source (IN_TRANSIT),
// receipt books what arrived into the destination, cancel books everything back at the source.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { INVENTORY_EVENTS } from "../events";
import { compareFefo, transferCode } from "../rules";
import { ZCreateTransferInput, ZReceiveTransferInput, ZTransferRef } from "../schema";
import { checkLowStock } from "./alerts";
import { findLocation } from "./lookups";
import { applyMovement, lockHubSequence } from "./stock-ledger";

/** Creates and dispatches a transfer: each line leaves the source at once (fails whole if short). */
export async function createTransfer(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZCreateTransferInput, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    await findLocation(tx, hubId, input.fromLocationId, "fromLocationId");
    await findLocation(tx, hubId, input.toLocationId, "toLocationId");
    const lots = await tx.lot.findMany({ where: { hubId, id: { in: input.lines.map((l) => l.lotId) } }, select: { id: true, skuId: true, bestBefore: true, harvestedAt: true } });
    const byId = new Map(lots.map((l) => [l.id, l]));
    const missing = input.lines.findIndex((l) => !byId.has(l.lotId));
    if (missing >= 0) throw new DomainError("VALIDATION", "Unknown lot.", { fieldErrors: { [`lines.${missing}.lotId`]: ["Unknown lot"] } });

    await lockHubSequence(tx, hubId, "transfer");
    let n = (await tx.stockTransfer.count({ where: { hubId } })) + 1;
    while ((await tx.stockTransfer.count({ where: { hubId, code: transferCode(n) } })) > 0) n++;
    const code = transferCode(n);
    const transfer = await tx.stockTransfer.create({
      data: { hubId, code, fromLocationId: input.fromLocationId, toLocationId: input.toLocationId, note: input.note, createdById: userId, dispatchedAt: at, lines: { create: input.lines.map((l) => ({ lotId: l.lotId, skuId: byId.get(l.lotId)!.skuId, quantity: l.quantity })) } },
      select: { id: true, code: true },
    });
    // Take the lines in the same FEFO order reservations lock rows in, so the two never deadlock.
    const ordered = input.lines.map((l, index) => ({ ...l, index, lot: byId.get(l.lotId)! }))
      .sort((a, b) => compareFefo({ ...a.lot, lotId: a.lot.id, balanceId: "", available: 0 }, { ...b.lot, lotId: b.lot.id, balanceId: "", available: 0 }));
    for (const line of ordered) {
      try {
        await applyMovement(tx, { hubId, kind: "TRANSFER_OUT", locationId: input.fromLocationId, skuId: line.lot.skuId, lotId: line.lotId, quantity: line.quantity, onHandDelta: -line.quantity, reservedDelta: 0, reference: transfer.code, transferId: transfer.id, actorUserId: userId, at });
      } catch (error) {
        if (error instanceof DomainError && error.code === "INSUFFICIENT_STOCK") {
          throw new DomainError("INSUFFICIENT_STOCK", error.message, { details: error.details, fieldErrors: { [`lines.${line.index}.quantity`]: [error.message] } });
        }
        throw error;
      }
    }
    for (const skuId of new Set(lots.map((l) => l.skuId))) await checkLowStock(tx, hubId, input.fromLocationId, skuId, at, hubTimeZone);
    await emitEvent(tx, { name: INVENTORY_EVENTS.transferDispatched, hubId, key: transfer.id, payload: { transferId: transfer.id, code: transfer.code, fromLocationId: input.fromLocationId, toLocationId: input.toLocationId, lines: input.lines } });
    return { transferId: transfer.id, code: transfer.code };
  });
}

type LockedTransfer = { id: string; code: string; status: string; fromLocationId: string; toLocationId: string };

async function lockTransfer(tx: Tx, hubId: string, transferId: string): Promise<LockedTransfer> {
  const [t] = await tx.$queryRaw<LockedTransfer[]>`
    SELECT id, code, status::text AS status, "fromLocationId", "toLocationId" FROM "StockTransfer"
    WHERE id = ${transferId} AND "hubId" = ${hubId} FOR UPDATE`;
  if (!t) throw new DomainError("NOT_FOUND", "Transfer not found.");
  return t;
}

/** Receives an in-transit transfer; lines received short record the loss in transit. */
export async function receiveTransfer(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZReceiveTransferInput, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const transfer = await lockTransfer(tx, hubId, input.transferId);
    if (transfer.status === "RECEIVED") return { transferId: transfer.id, status: "RECEIVED" as const, shortfall: null };
    if (transfer.status !== "IN_TRANSIT") throw new DomainError("INVALID_STATE", `Transfer ${transfer.code} was cancelled.`);
    const lines = await tx.stockTransferLine.findMany({ where: { transferId: transfer.id }, select: { id: true, lotId: true, skuId: true, quantity: true } });
    const given = new Map(input.lines.map((l) => [l.lineId, l.receivedQuantity]));
    const fieldErrors: Record<string, string[]> = {};
    lines.forEach((line, i) => {
      const received = given.get(line.id);
      if (received === undefined) fieldErrors[`lines.${i}.receivedQuantity`] = ["Enter the quantity received"];
      else if (received > line.quantity) fieldErrors[`lines.${i}.receivedQuantity`] = [`At most ${line.quantity} were sent`];
    });
    if (input.lines.some((l) => !lines.some((line) => line.id === l.lineId))) fieldErrors.lines = ["A line does not belong to this transfer"];
    if (Object.keys(fieldErrors).length > 0) throw new DomainError("VALIDATION", "Please correct the received quantities.", { fieldErrors });

    let shortfall = 0;
    for (const line of lines) {
      const received = given.get(line.id)!;
      shortfall += line.quantity - received;
      await tx.stockTransferLine.update({ where: { id: line.id }, data: { receivedQuantity: received } });
      if (received > 0) {
        await applyMovement(tx, { hubId, kind: "TRANSFER_IN", locationId: transfer.toLocationId, skuId: line.skuId, lotId: line.lotId, quantity: received, onHandDelta: received, reservedDelta: 0, reference: transfer.code, transferId: transfer.id, actorUserId: userId, at });
      }
    }
    await tx.stockTransfer.update({ where: { id: transfer.id }, data: { status: "RECEIVED", receivedAt: at, receivedById: userId } });
    for (const skuId of new Set(lines.map((l) => l.skuId))) await checkLowStock(tx, hubId, transfer.toLocationId, skuId, at, hubTimeZone);
    await emitEvent(tx, { name: INVENTORY_EVENTS.transferReceived, hubId, key: transfer.id, payload: { transferId: transfer.id, code: transfer.code, shortfall } });
    return { transferId: transfer.id, status: "RECEIVED" as const, shortfall };
  });
}

/** Cancels an in-transit transfer: every line is booked back into the source. */
export async function cancelTransfer(ctx: ServiceContext, raw: unknown) {
  const { transferId } = parseOrThrow(ZTransferRef, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const transfer = await lockTransfer(tx, hubId, transferId);
    if (transfer.status === "CANCELLED") return { transferId, status: "CANCELLED" as const };
    if (transfer.status !== "IN_TRANSIT") throw new DomainError("INVALID_STATE", `Transfer ${transfer.code} was already received.`);
    const lines = await tx.stockTransferLine.findMany({ where: { transferId }, select: { lotId: true, skuId: true, quantity: true } });
    for (const line of lines) {
      await applyMovement(tx, { hubId, kind: "TRANSFER_IN", locationId: transfer.fromLocationId, skuId: line.skuId, lotId: line.lotId, quantity: line.quantity, onHandDelta: line.quantity, reservedDelta: 0, reference: transfer.code, transferId, reason: "CANCELLED", actorUserId: userId, at });
    }
    await tx.stockTransfer.update({ where: { id: transferId }, data: { status: "CANCELLED", cancelledAt: at } });
    for (const skuId of new Set(lines.map((l) => l.skuId))) await checkLowStock(tx, hubId, transfer.fromLocationId, skuId, at, hubTimeZone);
    await emitEvent(tx, { name: INVENTORY_EVENTS.transferCancelled, hubId, key: transferId, payload: { transferId, code: transfer.code } });
    return { transferId, status: "CANCELLED" as const };
  });
}
