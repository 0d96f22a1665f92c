// Store credit for a customer (shortage, goodwill), finance:operate: a CustomerCredit row and a
// CUSTOMER_CREDIT entry (refunds and credits against the customer credit liability).
import { randomUUID } from "node:crypto";
import { inTransaction } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { recordAudit } from "../../identity/audit";
import { postEntry } from "../../ledger/post-entry";
import { PAYMENT_EVENTS } from "../events";
import { creditPostings } from "../rules";
import { ZIssueCreditInput } from "../schema";

/** Issues store credit to a customer of the hub; the same requestId issues it once. */
export async function issueCredit(ctx: ServiceContext, raw: unknown): Promise<{ creditId: string; created: boolean }> {
  const input = parseOrThrow(ZIssueCreditInput, raw);
  const creditId = input.requestId ?? randomUUID();
  return inTransaction(ctx.db, async (tx) => {
    if (await tx.customerCredit.findUnique({ where: { id: creditId }, select: { id: true } })) return { creditId, created: false };
    const member = await tx.membership.findFirst({ where: { userId: input.userId, hubId: ctx.actor.hubId }, select: { id: true } });
    if (!member) throw fieldError("userId", "No such customer in this hub.");
    if (input.orderId) {
      const order = await tx.order.findFirst({ where: { id: input.orderId, hubId: ctx.actor.hubId }, select: { customerUserId: true } });
      if (!order) throw fieldError("orderId", "No such order.");
      if (order.customerUserId !== input.userId) throw new DomainError("VALIDATION", "The order belongs to another customer.", { fieldErrors: { orderId: ["The order belongs to another customer."] } });
    }
    const now = ctx.now();
    await tx.customerCredit.create({ data: { id: creditId, hubId: ctx.actor.hubId, userId: input.userId, orderId: input.orderId ?? null, amountMinor: input.amountMinor, reason: input.reason, createdById: ctx.actor.userId, createdAt: now } });
    await postEntry(tx, {
      hubId: ctx.actor.hubId, currency: ctx.actor.hubCurrency, idempotencyKey: `credit:${creditId}`, kind: "CUSTOMER_CREDIT", memo: input.reason,
      orderId: input.orderId ?? null, actorUserId: ctx.actor.userId, occurredAt: now, postings: creditPostings(input.amountMinor),
    });
    await emitEvent(tx, { name: PAYMENT_EVENTS.creditIssued, hubId: ctx.actor.hubId, key: creditId, payload: { creditId, userId: input.userId, orderId: input.orderId ?? null, amountMinor: input.amountMinor } });
    await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "payments.credit", targetType: "User", targetId: input.userId, data: { creditId, amountMinor: input.amountMinor, reason: input.reason } });
    return { creditId, created: true };
  });
}
