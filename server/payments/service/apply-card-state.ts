// Applies a card payment's provider state (from a webhook, a capture or a cancel response) to the
// Payment row, the ledger and the outbox, in the caller's transaction. States only move forward, so a
// replayed or late event changes nothing; every ledger entry has its own idempotency key.
import type { Tx } from "@/lib/db";
import type { PaymentStatus } from "@/generated/prisma/enums";
import { emitEvent } from "../../events/outbox";
import { postEntry } from "../../ledger/post-entry";
import { PAYMENT_EVENTS } from "../events";
import { authorizedPostings, canAdvance, capturedPostings, releasedPostings } from "../rules";

export type CardState =
  | { kind: "authorized"; authorizedMinor: number }
  | { kind: "captured"; authorizedMinor: number; capturedMinor: number }
  | { kind: "failed"; message: string }
  | { kind: "cancelled" };

export type LockedPayment = {
  id: string; hubId: string; orderId: string; status: PaymentStatus; currency: string;
  authorizedMinor: number; capturedMinor: number; providerUpdatedAt: Date | null;
};

/** Locks the payment row so concurrent webhooks and jobs apply one after another. */
export async function lockPayment(tx: Tx, paymentId: string): Promise<LockedPayment | null> {
  const [row] = await tx.$queryRaw<LockedPayment[]>`
    SELECT id, "hubId", "orderId", status::text AS status, currency, "authorizedMinor", "capturedMinor", "providerUpdatedAt"
    FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
  return row ?? null;
}

const TARGET: Record<CardState["kind"], PaymentStatus> = { authorized: "AUTHORIZED", captured: "CAPTURED", failed: "FAILED", cancelled: "CANCELLED" };

/** Moves a locked card payment to `state` when that is a step forward; returns whether it changed. */
export async function applyCardState(tx: Tx, payment: LockedPayment, state: CardState, at: Date): Promise<boolean> {
  const to = TARGET[state.kind];
  if (!canAdvance(payment.status, to)) return false;
  const base = { hubId: payment.hubId, currency: payment.currency, orderId: payment.orderId, paymentId: payment.id, occurredAt: at };
  const providerUpdatedAt = payment.providerUpdatedAt && payment.providerUpdatedAt > at ? payment.providerUpdatedAt : at;
  if (state.kind === "failed") {
    await tx.payment.update({ where: { id: payment.id }, data: { status: "FAILED", failureMessage: state.message.slice(0, 500), providerUpdatedAt } });
    await emitEvent(tx, { name: PAYMENT_EVENTS.paymentFailed, hubId: payment.hubId, key: `${payment.id}:${at.getTime()}`, payload: { paymentId: payment.id, orderId: payment.orderId } });
    return true;
  }
  if (state.kind === "cancelled") {
    if (payment.status === "AUTHORIZED" && payment.authorizedMinor > 0) {
      await postEntry(tx, { ...base, idempotencyKey: `authorization-released:${payment.id}`, kind: "AUTHORIZATION_RELEASED", memo: "Card hold released without capture", postings: releasedPostings(payment.authorizedMinor) });
    }
    await tx.payment.update({ where: { id: payment.id }, data: { status: "CANCELLED", providerUpdatedAt } });
    await emitEvent(tx, { name: PAYMENT_EVENTS.paymentCancelled, hubId: payment.hubId, key: payment.id, payload: { paymentId: payment.id, orderId: payment.orderId, provider: "STRIPE" } });
    return true;
  }
  // Authorized, or captured (which implies the authorization, even when its event has not arrived yet).
  let authorized = payment.authorizedMinor;
  if (payment.status === "REQUIRES_PAYMENT" || payment.status === "FAILED") {
    authorized = state.authorizedMinor;
    await postEntry(tx, { ...base, idempotencyKey: `payment-authorized:${payment.id}`, kind: "PAYMENT_AUTHORIZED", memo: "Card hold", postings: authorizedPostings(authorized) });
    await emitEvent(tx, { name: PAYMENT_EVENTS.paymentAuthorized, hubId: payment.hubId, key: payment.id, payload: { paymentId: payment.id, orderId: payment.orderId, amountMinor: authorized } });
  }
  if (state.kind === "authorized") {
    await tx.payment.update({ where: { id: payment.id }, data: { status: "AUTHORIZED", authorizedMinor: authorized, failureMessage: null, providerUpdatedAt } });
    return true;
  }
  const captured = Math.min(state.capturedMinor, authorized);
  await postEntry(tx, { ...base, idempotencyKey: `payment-captured:${payment.id}`, kind: "PAYMENT_CAPTURED", memo: `Captured ${captured} of a ${authorized} hold`, postings: capturedPostings(authorized, captured) });
  await tx.payment.update({ where: { id: payment.id }, data: { status: "CAPTURED", authorizedMinor: authorized, capturedMinor: captured, failureMessage: null, providerUpdatedAt } });
  await emitEvent(tx, { name: PAYMENT_EVENTS.paymentSucceeded, hubId: payment.hubId, key: payment.id, payload: { paymentId: payment.id, orderId: payment.orderId, amountMinor: captured } });
  return true;
}
