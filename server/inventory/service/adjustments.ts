// Stock adjustments with a reason code. Small ones apply at once; above the hub's threshold they
// wait for a second person (four-eyes rule), and are applied only when approved.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { recordAudit } from "../../identity/audit";
import { INVENTORY_EVENTS } from "../events";
import { adjustmentMovementKind, adjustmentSignProblem, needsApproval } from "../rules";
import { ZDecideAdjustmentInput, ZRequestAdjustmentInput } from "../schema";
import { checkLowStock } from "./alerts";
import { findLocation, findLot } from "./lookups";
import { applyMovement } from "./stock-ledger";

type Adjustment = { id: string; hubId: string; locationId: string; skuId: string; lotId: string; delta: number; reason: string; requestedById: string; status: string };

/** Requests an adjustment: applied now when within the threshold, else left pending for approval. */
export async function requestAdjustment(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZRequestAdjustmentInput, raw);
  const { hubId, userId } = ctx.actor;
  const problem = adjustmentSignProblem(input.reason, input.delta);
  if (problem) throw fieldError("delta", problem);
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    await findLocation(tx, hubId, input.locationId);
    const lot = await findLot(tx, hubId, input.lotId);
    const hub = await tx.hub.findUniqueOrThrow({ where: { id: hubId }, select: { adjustmentApprovalThreshold: true } });
    const pending = needsApproval(input.delta, hub.adjustmentApprovalThreshold);
    if (input.delta < 0) await assertFree(tx, input.locationId, lot.id, -input.delta);
    const adjustment = await tx.stockAdjustment.create({
      data: { hubId, locationId: input.locationId, skuId: lot.skuId, lotId: lot.id, delta: input.delta, reason: input.reason, note: input.note, status: pending ? "PENDING_APPROVAL" : "APPLIED", requestedById: userId, createdAt: at, ...(pending ? {} : { decidedAt: at }) },
      select: { id: true, hubId: true, locationId: true, skuId: true, lotId: true, delta: true, reason: true, requestedById: true, status: true },
    });
    if (pending) {
      await emitEvent(tx, { name: INVENTORY_EVENTS.adjustmentRequested, hubId, key: adjustment.id, payload: { adjustmentId: adjustment.id, lotId: lot.id, delta: input.delta, reason: input.reason, threshold: hub.adjustmentApprovalThreshold } });
    } else {
      await applyAdjustment(tx, adjustment, userId, at, ctx.actor.hubTimeZone);
    }
    return { adjustmentId: adjustment.id, status: adjustment.status as "APPLIED" | "PENDING_APPROVAL", threshold: hub.adjustmentApprovalThreshold };
  });
}

/** Approves (and applies) or rejects a pending adjustment; the requester cannot decide their own. */
export async function decideAdjustment(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZDecideAdjustmentInput, raw);
  const { hubId, userId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const [adj] = await tx.$queryRaw<Adjustment[]>`
      SELECT id, "hubId", "locationId", "skuId", "lotId", delta, reason::text AS reason, "requestedById", status::text AS status
      FROM "StockAdjustment" WHERE id = ${input.adjustmentId} AND "hubId" = ${hubId} FOR UPDATE`;
    if (!adj) throw new DomainError("NOT_FOUND", "Adjustment not found.");
    const target = input.decision === "APPROVE" ? "APPLIED" : "REJECTED";
    if (adj.status === target) return { adjustmentId: adj.id, status: target };
    if (adj.status !== "PENDING_APPROVAL") throw new DomainError("INVALID_STATE", `This adjustment was already ${adj.status === "APPLIED" ? "applied" : "rejected"}.`);
    if (adj.requestedById === userId) throw new DomainError("FORBIDDEN", "A second person must decide on an adjustment you requested.");
    await tx.stockAdjustment.update({ where: { id: adj.id }, data: { status: target, decidedById: userId, decidedAt: at, decisionNote: input.note ?? null } });
    if (target === "APPLIED") await applyAdjustment(tx, adj, userId, at, ctx.actor.hubTimeZone);
    else await emitEvent(tx, { name: INVENTORY_EVENTS.adjustmentRejected, hubId, key: adj.id, payload: { adjustmentId: adj.id, decidedById: userId } });
    await recordAudit(tx, { hubId, actorUserId: userId, action: `inventory.adjustment.${target === "APPLIED" ? "approved" : "rejected"}`, targetType: "StockAdjustment", targetId: adj.id, data: { delta: adj.delta, reason: adj.reason, note: input.note ?? null }, ip: ctx.ip ?? null });
    return { adjustmentId: adj.id, status: target };
  });
}

async function applyAdjustment(tx: Tx, adj: Adjustment, actorUserId: string, at: Date, timeZone: string) {
  const kind = adjustmentMovementKind(adj.reason as Parameters<typeof adjustmentMovementKind>[0]);
  await applyMovement(tx, { hubId: adj.hubId, kind, locationId: adj.locationId, skuId: adj.skuId, lotId: adj.lotId, quantity: Math.abs(adj.delta), onHandDelta: adj.delta, reservedDelta: 0, adjustmentId: adj.id, reason: adj.reason, actorUserId, at });
  await emitEvent(tx, { name: INVENTORY_EVENTS.stockAdjusted, hubId: adj.hubId, key: adj.id, payload: { adjustmentId: adj.id, lotId: adj.lotId, locationId: adj.locationId, skuId: adj.skuId, delta: adj.delta, reason: adj.reason, movementKind: kind } });
  await checkLowStock(tx, adj.hubId, adj.locationId, adj.skuId, at, timeZone);
}

/** Early, friendly check that a decrease fits the free units (the guarded update re-checks under lock). */
async function assertFree(tx: Tx, locationId: string, lotId: string, quantity: number) {
  const balance = await tx.stockBalance.findUnique({ where: { locationId_lotId: { locationId, lotId } }, select: { onHand: true, reserved: true } });
  const free = balance ? balance.onHand - balance.reserved : 0;
  if (free < quantity) {
    const why = balance && balance.reserved > 0 ? ` (${balance.reserved} of ${balance.onHand} on hand are reserved for orders)` : "";
    throw new DomainError("INSUFFICIENT_STOCK", `Only ${free} units can be removed here${why}.`, { fieldErrors: { delta: [`At most ${free} units can be removed${why}`] }, details: { available: free, requested: quantity } });
  }
}
