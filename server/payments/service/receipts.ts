// Money received for pay-on-delivery and invoice payments (finance:operate): partial receipts are
// fine; each posts a RECEIPT entry (bank or cash against receivables).
import { inTransaction } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { recordAudit } from "../../identity/audit";
import { postEntry } from "../../ledger/post-entry";
import { PAYMENT_EVENTS } from "../events";
import { manualStatus, receiptPostings, type ReceiptMethod } from "../rules";
import { ZRecordReceiptInput } from "../schema";

export type ReceiptResult = { receiptId: string; paymentId: string; receivedMinor: number; dueMinor: number; status: string; created: boolean };

/** Records money received against a due payment; the same (payment, reference) twice records it once. */
export async function recordReceipt(ctx: ServiceContext, raw: unknown): Promise<ReceiptResult> {
  const input = parseOrThrow(ZRecordReceiptInput, raw);
  return inTransaction(ctx.db, async (tx) => {
    const [payment] = await tx.$queryRaw<Array<{ id: string; orderId: string; provider: string; status: string; currency: string; dueMinor: number; receivedMinor: number }>>`
      SELECT id, "orderId", provider::text AS provider, status::text AS status, currency, "dueMinor", "receivedMinor"
      FROM "Payment" WHERE id = ${input.paymentId} AND "hubId" = ${ctx.actor.hubId} FOR UPDATE`;
    if (!payment) throw new DomainError("NOT_FOUND", "Payment not found.");
    const existing = await tx.paymentReceipt.findUnique({ where: { paymentId_reference: { paymentId: payment.id, reference: input.reference } }, select: { id: true, amountMinor: true } });
    if (existing) {
      if (existing.amountMinor !== input.amountMinor) throw fieldError("reference", "A receipt with this reference was already recorded for a different amount.");
      return { receiptId: existing.id, paymentId: payment.id, receivedMinor: payment.receivedMinor, dueMinor: payment.dueMinor, status: payment.status, created: false };
    }
    const outstanding = payment.dueMinor - payment.receivedMinor;
    if (payment.dueMinor === 0 || outstanding <= 0) throw new DomainError("INVALID_STATE", payment.status === "AWAITING_DELIVERY" ? "Nothing is due before delivery." : "Nothing is outstanding on this payment.");
    if (input.amountMinor > outstanding) throw fieldError("amountMinor", `At most ${outstanding} is outstanding.`);
    const now = ctx.now();
    const receipt = await tx.paymentReceipt.create({
      data: { hubId: ctx.actor.hubId, paymentId: payment.id, amountMinor: input.amountMinor, method: input.method, reference: input.reference, receivedAt: input.receivedAt, recordedById: ctx.actor.userId },
      select: { id: true },
    });
    const received = payment.receivedMinor + input.amountMinor;
    const status = payment.provider === "MANUAL" ? manualStatus(payment.dueMinor, received) : undefined;
    await tx.payment.update({ where: { id: payment.id }, data: { receivedMinor: received, ...(status ? { status } : {}) } });
    await postEntry(tx, {
      hubId: ctx.actor.hubId, currency: payment.currency, idempotencyKey: `receipt:${receipt.id}`, kind: "RECEIPT", memo: `${input.method.replace("_", " ").toLowerCase()} ${input.reference}`,
      orderId: payment.orderId, paymentId: payment.id, actorUserId: ctx.actor.userId, occurredAt: input.receivedAt > now ? now : input.receivedAt,
      postings: receiptPostings(input.amountMinor, input.method as ReceiptMethod),
    });
    await emitEvent(tx, { name: PAYMENT_EVENTS.receiptRecorded, hubId: ctx.actor.hubId, key: receipt.id, payload: { receiptId: receipt.id, paymentId: payment.id, orderId: payment.orderId, amountMinor: input.amountMinor } });
    await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "payments.receipt", targetType: "Payment", targetId: payment.id, data: { receiptId: receipt.id, amountMinor: input.amountMinor, method: input.method } });
    return { receiptId: receipt.id, paymentId: payment.id, receivedMinor: received, dueMinor: payment.dueMinor, status: status ?? payment.status, created: true };
  });
}
