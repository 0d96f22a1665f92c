// Refunds (finance:operate): partial or full, never more than was taken. Card refunds go to Stripe
// with the key `refund:<id>`; the REFUND entry is posted once the refund succeeded.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { recordAudit } from "../../identity/audit";
import { postEntry } from "../../ledger/post-entry";
import { PAYMENT_EVENTS } from "../events";
import { deliveredValue, refundPostings } from "../rules";
import { ZCreateRefundInput } from "../schema";
import { requireStripe } from "../stripe-client";
import { loadOrderMoney } from "./order-money";

export type RefundResult = { refundId: string; status: "PENDING" | "SUCCEEDED" | "FAILED"; amountMinor: number };

/** Refunds part or all of what a payment took (finance:operate). Safe to repeat with the same requestId. */
export async function createRefund(ctx: ServiceContext, raw: unknown): Promise<RefundResult> {
  const input = parseOrThrow(ZCreateRefundInput, raw);
  const refundId = input.requestId ?? randomUUID();
  const opened = await inTransaction(ctx.db, async (tx) => {
    const existing = await tx.refund.findUnique({ where: { id: refundId }, select: { id: true, status: true, amountMinor: true, paymentId: true } });
    if (existing) return { existing };
    const [payment] = await tx.$queryRaw<Array<{ id: string; orderId: string; provider: string; capturedMinor: number; receivedMinor: number; refundedMinor: number; stripePaymentIntentId: string | null }>>`
      SELECT id, "orderId", provider::text AS provider, "capturedMinor", "receivedMinor", "refundedMinor", "stripePaymentIntentId"
      FROM "Payment" WHERE id = ${input.paymentId} AND "hubId" = ${ctx.actor.hubId} FOR UPDATE`;
    if (!payment) throw new DomainError("NOT_FOUND", "Payment not found.");
    const pending = await tx.refund.aggregate({ where: { paymentId: payment.id, status: "PENDING" }, _sum: { amountMinor: true } });
    const refundable = payment.capturedMinor + payment.receivedMinor - payment.refundedMinor - (pending._sum.amountMinor ?? 0);
    if (refundable <= 0) throw new DomainError("INVALID_STATE", "Nothing left to refund on this payment.");
    if (input.amountMinor > refundable) throw fieldError("amountMinor", `At most ${refundable} can be refunded.`);
    await tx.refund.create({ data: { id: refundId, hubId: ctx.actor.hubId, paymentId: payment.id, orderId: payment.orderId, amountMinor: input.amountMinor, reason: input.reason, idempotencyKey: `refund:${refundId}`, createdById: ctx.actor.userId } });
    await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "payments.refund", targetType: "Payment", targetId: payment.id, data: { refundId, amountMinor: input.amountMinor, reason: input.reason } });
    // Pay on delivery / invoice money goes back by bank transfer: done as far as we are concerned.
    if (payment.provider === "MANUAL") await markRefundSucceeded(tx, refundId, ctx.now());
    return { payment };
  });
  if ("existing" in opened && opened.existing) return { refundId, status: opened.existing.status, amountMinor: opened.existing.amountMinor };
  const payment = opened.payment!;
  if (payment.provider === "MANUAL") return { refundId, status: "SUCCEEDED", amountMinor: input.amountMinor };
  if (!payment.stripePaymentIntentId) throw new DomainError("INVALID_STATE", "This card payment has no Stripe payment to refund.");
  let refund: Stripe.Refund;
  try {
    refund = await requireStripe().refunds.create(
      { payment_intent: payment.stripePaymentIntentId, amount: input.amountMinor, metadata: { refundId, paymentId: payment.id } },
      { idempotencyKey: `refund:${refundId}` },
    );
  } catch (error) {
    await ctx.db.refund.updateMany({ where: { id: refundId, status: "PENDING" }, data: { status: "FAILED" } });
    throw new DomainError("INVALID_STATE", `Stripe refused the refund: ${error instanceof Error ? error.message : "unknown error"}`);
  }
  const status = await inTransaction(ctx.db, async (tx) => (await applyProviderRefund(tx, refund, ctx.now())).status);
  return { refundId, status: status ?? "PENDING", amountMinor: input.amountMinor };
}

/** Applies a Stripe refund object (API response or webhook) to our Refund row; creates the row for refunds made in Stripe's dashboard. */
export async function applyProviderRefund(tx: Tx, r: Stripe.Refund, at: Date): Promise<{ applied: boolean; known: boolean; hubId: string | null; status?: RefundResult["status"] }> {
  let row = await tx.refund.findFirst({ where: { OR: [{ stripeRefundId: r.id }, ...(r.metadata?.refundId ? [{ id: r.metadata.refundId }] : [])] }, select: { id: true, hubId: true, status: true, stripeRefundId: true } });
  if (!row) {
    const pi = typeof r.payment_intent === "string" ? r.payment_intent : r.payment_intent?.id;
    const payment = pi ? await tx.payment.findUnique({ where: { stripePaymentIntentId: pi }, select: { id: true, hubId: true, orderId: true } }) : null;
    if (!payment) return { applied: false, known: false, hubId: null };
    await tx.refund.createMany({ data: [{ hubId: payment.hubId, paymentId: payment.id, orderId: payment.orderId, amountMinor: r.amount, reason: "Refunded in Stripe", stripeRefundId: r.id, idempotencyKey: `stripe:${r.id}` }], skipDuplicates: true });
    row = await tx.refund.findUniqueOrThrow({ where: { stripeRefundId: r.id }, select: { id: true, hubId: true, status: true, stripeRefundId: true } });
  }
  if (!row.stripeRefundId) await tx.refund.update({ where: { id: row.id }, data: { stripeRefundId: r.id } });
  if (r.status === "succeeded") {
    const applied = await markRefundSucceeded(tx, row.id, at);
    return { applied, known: true, hubId: row.hubId, status: "SUCCEEDED" };
  }
  if (r.status === "failed" || r.status === "canceled") {
    const { count } = await tx.refund.updateMany({ where: { id: row.id, status: "PENDING" }, data: { status: "FAILED" } });
    return { applied: count > 0, known: true, hubId: row.hubId, status: count > 0 ? "FAILED" : row.status };
  }
  return { applied: false, known: true, hubId: row.hubId, status: row.status };
}

/** PENDING -> SUCCEEDED once: raises the payment's refunded amount and posts the REFUND entry. */
async function markRefundSucceeded(tx: Tx, refundId: string, at: Date): Promise<boolean> {
  const { count } = await tx.refund.updateMany({ where: { id: refundId, status: { not: "SUCCEEDED" } }, data: { status: "SUCCEEDED" } });
  if (count === 0) return false;
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { id: true, hubId: true, amountMinor: true, paymentId: true, orderId: true, createdById: true } });
  const payment = await tx.payment.update({
    where: { id: refund.paymentId },
    data: { refundedMinor: { increment: refund.amountMinor } },
    select: { id: true, provider: true, currency: true, capturedMinor: true, refundedMinor: true, status: true },
  });
  if (payment.provider === "STRIPE") {
    await tx.payment.update({ where: { id: payment.id }, data: { status: payment.refundedMinor >= payment.capturedMinor ? "REFUNDED" : "PARTIALLY_REFUNDED" } });
  }
  const order = await loadOrderMoney(tx, refund.orderId);
  await postEntry(tx, {
    hubId: refund.hubId, currency: payment.currency, idempotencyKey: `refund:${refund.id}`, kind: "REFUND", memo: `Refund on order ${order.number}`,
    orderId: refund.orderId, paymentId: payment.id, actorUserId: refund.createdById, occurredAt: at,
    postings: refundPostings(refund.amountMinor, deliveredValue(order), payment.provider === "STRIPE" ? "stripe_clearing" : "bank"),
  });
  await emitEvent(tx, { name: PAYMENT_EVENTS.refundCreated, hubId: refund.hubId, key: refund.id, payload: { refundId: refund.id, paymentId: payment.id, orderId: refund.orderId, amountMinor: refund.amountMinor } });
  return true;
}
