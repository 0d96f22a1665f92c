// The planner's decision on a shortage and the customer's answer to a substitution.
// Approving tells every affected customer (one SubstitutionApplied event per order, sent as a
// notification by a job); a customer may decline a substitute until the order is picked, and the
// short units are then credited instead.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { EXCEPTION_EVENTS } from "./events";
import { lockException } from "./propose";
import { netUnitMinor } from "./rules";

export type ApproveInput = { exceptionId: string; creditAll?: boolean };

/** Approves an exception's proposals (or credits them all) and notifies the customers (planning:run). */
export async function approveProposals(ctx: ServiceContext, input: ApproveInput): Promise<{ approved: number; orders: number }> {
  return inTransaction(ctx.db, async (tx) => {
    const ex = await lockException(tx, ctx.actor.hubId, input.exceptionId);
    if (ex.status !== "PROPOSED") throw new DomainError("INVALID_STATE", ex.status === "OPEN" ? "Propose substitutions first." : "This exception is already closed.");
    const now = ctx.now();
    const proposals = await tx.substitutionProposal.findMany({
      where: { exceptionId: ex.id, status: "PROPOSED" },
      select: { id: true, orderId: true, units: true, substituteSkuId: true, orderLineId: true },
    });
    if (input.creditAll) {
      const lines = await tx.orderLine.findMany({ where: { id: { in: proposals.map((p) => p.orderLineId) } }, select: { id: true, quantity: true, lineTotalMinor: true } });
      const unit = new Map(lines.map((l) => [l.id, netUnitMinor(l)]));
      for (const p of proposals.filter((q) => q.substituteSkuId)) {
        await tx.substitutionProposal.update({ where: { id: p.id }, data: { substituteSkuId: null, creditMinor: p.units * (unit.get(p.orderLineId) ?? 0) } });
      }
    }
    await tx.substitutionProposal.updateMany({ where: { exceptionId: ex.id, status: "PROPOSED" }, data: { status: "APPROVED", decidedById: ctx.actor.userId, decidedAt: now } });
    const anySubstitute = !input.creditAll && proposals.some((p) => p.substituteSkuId);
    await tx.planException.update({
      where: { id: ex.id },
      data: { status: "RESOLVED", resolution: anySubstitute ? "SUBSTITUTION" : "CREDIT", resolvedById: ctx.actor.userId, resolvedAt: now },
    });
    const byOrder = new Map<string, typeof proposals>();
    for (const p of proposals) byOrder.set(p.orderId, [...(byOrder.get(p.orderId) ?? []), p]);
    for (const [orderId, list] of byOrder) {
      await emitEvent(tx, {
        name: EXCEPTION_EVENTS.substitutionApplied, hubId: ex.hubId, key: `${ex.id}:${orderId}`,
        payload: { orderId, exceptionId: ex.id, proposalIds: list.map((p) => p.id), isoWeek: ex.isoWeek },
      });
    }
    return { approved: proposals.length, orders: byOrder.size };
  });
}

/** Closes an exception without proposals: the planner covers it another way (planning:run). */
export async function dismissException(ctx: ServiceContext, input: { exceptionId: string; note: string }): Promise<{ exceptionId: string }> {
  const note = input.note.trim();
  if (note.length < 3) throw new DomainError("VALIDATION", "Say how the shortage is covered.", { fieldErrors: { note: ["Say how the shortage is covered (at least 3 characters)"] } });
  return inTransaction(ctx.db, async (tx) => {
    const ex = await lockException(tx, ctx.actor.hubId, input.exceptionId);
    if (ex.status === "RESOLVED" || ex.status === "DISMISSED") throw new DomainError("INVALID_STATE", "This exception is already closed.");
    await tx.substitutionProposal.deleteMany({ where: { exceptionId: ex.id, status: "PROPOSED" } });
    await tx.planException.update({ where: { id: ex.id }, data: { status: "DISMISSED", resolution: "ACCEPTED", detail: note, resolvedById: ctx.actor.userId, resolvedAt: ctx.now() } });
    return { exceptionId: ex.id };
  });
}

const DECLINABLE_ORDER = ["PLACED", "CONFIRMED", "ALLOCATED"];

/** The customer declines a substitute on their own order; the short units are credited instead (account:own). */
export async function declineSubstitution(ctx: ServiceContext, input: { proposalId: string }): Promise<{ proposalId: string; creditMinor: number }> {
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ id: string; status: string; units: number; substituteSkuId: string | null; orderId: string; orderLineId: string; hubId: string }>>`
      SELECT p.id, p.status::text AS status, p.units, p."substituteSkuId", p."orderId", p."orderLineId", p."hubId"
      FROM "SubstitutionProposal" p JOIN "Order" o ON o.id = p."orderId"
      WHERE p.id = ${input.proposalId} AND o."customerUserId" = ${ctx.actor.userId} AND o."hubId" = ${ctx.actor.hubId}
      FOR UPDATE OF p`;
    if (!row) throw new DomainError("NOT_FOUND", "Substitution not found.");
    if (row.status !== "APPROVED" || !row.substituteSkuId) throw new DomainError("INVALID_STATE", "There is no substitute to decline on this item.");
    const order = await tx.order.findUniqueOrThrow({ where: { id: row.orderId }, select: { status: true } });
    if (!DECLINABLE_ORDER.includes(order.status)) throw new DomainError("INVALID_STATE", "Your order is already being packed; the substitute can no longer be declined.");
    const line = await tx.orderLine.findUniqueOrThrow({ where: { id: row.orderLineId }, select: { quantity: true, lineTotalMinor: true } });
    const creditMinor = row.units * netUnitMinor(line);
    const now = ctx.now();
    await tx.substitutionProposal.update({ where: { id: row.id }, data: { status: "DECLINED", creditMinor, customerDeclinedAt: now } });
    await emitEvent(tx, { name: EXCEPTION_EVENTS.substitutionDeclined, hubId: row.hubId, key: row.id, payload: { proposalId: row.id, orderId: row.orderId, creditMinor } });
    return { proposalId: row.id, creditMinor };
  });
}
