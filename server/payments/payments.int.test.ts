// Payments end to end against a real PostgreSQL and the real Stripe SDK talking to a local fake:
// pay on delivery with receipts, card holds via Checkout and signed webhooks (replays, bad signatures,
// out-of-order events), capture of the delivered amount, refunds, cancels and saved-card renewals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import type { FakeStripe } from "../testing/fake-stripe";
import { orderWorld, placeOrder, type OrderWorld } from "../testing/orders";
import { beginCardCheckout, cancelAtProvider, cancelUnpaidCardOrders, capturePayment, chargeSavedCard, createRefund, handleStripeWebhook, onOrderCancelled, recordReceipt } from ".";
import { balances, deliver, ledgerInvariants, signedEvent, startFakeStripe } from "./testing";

let tdb: TestDatabase;
let db: Db;
let fake: FakeStripe;
beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  fake = await startFakeStripe();
  // The route handler uses the process-wide client.
  (globalThis as { furrowDb?: Db }).furrowDb = db;
}, 60_000);
afterAll(async () => {
  await fake.stop();
  await tdb.drop();
});

const payment = (id: string) => db.payment.findUniqueOrThrow({ where: { id } });
const entries = (orderId: string) => db.journalEntry.findMany({ where: { orderId }, select: { kind: true }, orderBy: { createdAt: "asc" } });
const outbox = (name: string, key: string) => db.outboxEvent.count({ where: { name, payload: { path: ["paymentId"], equals: key } } });

async function webhook(event: object) {
  const { body, signature } = signedEvent(event);
  return handleStripeWebhook(db, body, signature);
}

/** A card order paid through Checkout: session created, customer pays, checkout.session.completed delivered. */
async function paidCardOrder(w: OrderWorld, over: Parameters<typeof placeOrder>[1] = {}) {
  const order = await placeOrder(w, { paymentMethod: "CARD", ...over });
  const { url } = await beginCardCheckout(w.customer, { orderId: order.orderId, successUrl: "http://shop.test/ok", cancelUrl: "http://shop.test/cancel" });
  const sessionId = url.split("/").pop()!;
  const { session, intent } = fake.completeCheckout(sessionId);
  const completed = fake.event("checkout.session.completed", session);
  return { order, session, intent, completed };
}

describe("pay on delivery", () => {
  it("awaits delivery, becomes due with a receivable, and is settled by partial receipts", async () => {
    const w = await orderWorld(db);
    const order = await placeOrder(w);
    expect((await payment(order.paymentId)).status).toBe("AWAITING_DELIVERY");
    await deliver(db, order.orderId);
    let p = await payment(order.paymentId);
    expect(p).toMatchObject({ status: "DUE", dueMinor: order.totalMinor });
    expect((await balances(db, w.hub.id)).receivables).toBe(order.totalMinor);

    const finance = { ...w.staff };
    await recordReceipt(finance, { paymentId: p.id, amountMinor: 500, method: "CASH", reference: "van-7", receivedAt: w.now });
    // Same reference again: recorded once.
    await recordReceipt(finance, { paymentId: p.id, amountMinor: 500, method: "CASH", reference: "van-7", receivedAt: w.now });
    expect((await payment(p.id)).status).toBe("PARTIALLY_PAID");
    await expect(recordReceipt(finance, { paymentId: p.id, amountMinor: order.totalMinor, method: "BANK_TRANSFER", reference: "too-much", receivedAt: w.now })).rejects.toMatchObject({ code: "VALIDATION" });
    await recordReceipt(finance, { paymentId: p.id, amountMinor: order.totalMinor - 500, method: "BANK_TRANSFER", reference: "NL-123", receivedAt: w.now });
    p = await payment(p.id);
    expect(p).toMatchObject({ status: "PAID", receivedMinor: order.totalMinor });
    const b = await balances(db, w.hub.id);
    expect(b).toMatchObject({ receivables: 0, cash_on_delivery: 500, bank: order.totalMinor - 500 });
    expect(b.revenue_storefront! + b.revenue_delivery_fees! + b.tax_payable!).toBe(-order.totalMinor);
    expect((await entries(order.orderId)).map((e) => e.kind)).toEqual(["ORDER_DELIVERED", "RECEIPT", "RECEIPT"]);
    expect(await ledgerInvariants(db, w.hub.id)).toEqual({ unbalanced: 0, drift: [], trialSum: 0 });
  });
});

describe("Stripe webhooks", () => {
  it("authorizes once however often checkout.session.completed is replayed", async () => {
    const w = await orderWorld(db);
    const { order, completed } = await paidCardOrder(w);
    expect(await webhook(completed)).toMatchObject({ outcome: "applied" });
    expect(await webhook(completed)).toMatchObject({ outcome: "duplicate" });
    const p = await payment(order.paymentId);
    expect(p).toMatchObject({ status: "AUTHORIZED", authorizedMinor: order.totalMinor });
    expect(await db.providerEvent.count({ where: { id: completed.id as string } })).toBe(1);
    expect(await db.journalEntry.count({ where: { paymentId: p.id, kind: "PAYMENT_AUTHORIZED" } })).toBe(1);
    expect(await outbox("payments/payment.authorized", p.id)).toBe(1);
    expect((await balances(db, w.hub.id)).card_authorizations).toBe(order.totalMinor);
  });

  it("rejects unsigned and wrongly signed requests at the route with 400 and applies nothing", async () => {
    const w = await orderWorld(db);
    const { order, completed } = await paidCardOrder(w);
    const body = JSON.stringify(completed);
    const unsigned = await POST(new Request("http://x/api/stripe/webhook", { method: "POST", body }));
    expect(unsigned.status).toBe(400);
    const wrong = signedEvent(completed, "whsec_someone_else");
    const bad = await POST(new Request("http://x/api/stripe/webhook", { method: "POST", body, headers: { "stripe-signature": wrong.signature } }));
    expect(bad.status).toBe(400);
    // A body changed after signing fails too.
    const good = signedEvent(completed);
    const tampered = await POST(new Request("http://x/api/stripe/webhook", { method: "POST", body: good.body.replace("complete", "completE"), headers: { "stripe-signature": good.signature } }));
    expect(tampered.status).toBe(400);
    expect((await payment(order.paymentId)).status).toBe("REQUIRES_PAYMENT");
    const ok = await POST(new Request("http://x/api/stripe/webhook", { method: "POST", body: good.body, headers: { "stripe-signature": good.signature } }));
    expect(ok.status).toBe(200);
    expect((await payment(order.paymentId)).status).toBe("AUTHORIZED");
  });

  it("survives out-of-order delivery: succeeded before amount_capturable_updated never rolls back", async () => {
    const w = await orderWorld(db);
    const { order, intent } = await paidCardOrder(w);
    const authorizedEvt = fake.event("payment_intent.amount_capturable_updated", intent, 1000);
    const succeededEvt = fake.event("payment_intent.succeeded", { ...intent, status: "succeeded", amount_received: 900, amount_capturable: 0 }, 1010);
    expect(await webhook(succeededEvt)).toMatchObject({ outcome: "applied" });
    expect(await webhook(authorizedEvt)).toMatchObject({ outcome: "ignored-stale" });
    const p = await payment(order.paymentId);
    expect(p).toMatchObject({ status: "CAPTURED", authorizedMinor: order.totalMinor, capturedMinor: 900 });
    const b = await balances(db, w.hub.id);
    expect(b.card_authorizations).toBe(0);
    expect(b.stripe_clearing).toBe(900);
    expect((await entries(order.orderId)).map((e) => e.kind)).toEqual(["PAYMENT_AUTHORIZED", "PAYMENT_CAPTURED"]);
    // A late failure for the same intent changes nothing either.
    expect(await webhook(fake.event("payment_intent.payment_failed", { ...intent, status: "requires_payment_method", last_payment_error: { message: "declined" } }, 990))).toMatchObject({ outcome: "ignored-stale" });
    expect((await payment(order.paymentId)).status).toBe("CAPTURED");
  });
});

describe("capture after delivery", () => {
  it("captures the delivered amount D of a hold A, releases A - D and recognises revenue D", async () => {
    const w = await orderWorld(db);
    const { order, completed, intent } = await paidCardOrder(w, { lines: [{ skuId: w.skus[0]!.id, quantity: 4 }, { skuId: w.skus[1]!.id, quantity: 2 }] });
    await webhook(completed);
    const A = order.totalMinor;
    const delivered = await deliver(db, order.orderId, { [w.skus[0]!.id]: 3 });
    const D = delivered.deliveredMinor;
    expect(D).toBeLessThan(A);
    expect(await db.outboxEvent.count({ where: { name: "payments/capture.requested", payload: { path: ["amountMinor"], equals: D } } })).toBe(1);

    const first = await capturePayment(db, { paymentId: order.paymentId, now: w.now });
    const again = await capturePayment(db, { paymentId: order.paymentId, now: w.now });
    expect(first.outcome).toBe("captured");
    expect(again.outcome).toBe("skipped:CAPTURED");
    const captureCalls = fake.requests.filter((r) => r.path === `/v1/payment_intents/${intent.id}/capture`);
    expect(captureCalls).toHaveLength(1);
    expect(captureCalls[0]).toMatchObject({ params: { amount_to_capture: String(D) }, idempotencyKey: `capture:${order.paymentId}` });
    expect(await payment(order.paymentId)).toMatchObject({ status: "CAPTURED", authorizedMinor: A, capturedMinor: D });

    const b = await balances(db, w.hub.id);
    expect(b).toMatchObject({ stripe_clearing: D, card_authorizations: 0, deferred_revenue: 0, receivables: 0 });
    expect(b.revenue_storefront! + b.revenue_delivery_fees! + b.tax_payable!).toBe(-D);
    const captured = await db.journalEntry.findFirstOrThrow({ where: { paymentId: order.paymentId, kind: "PAYMENT_CAPTURED" }, select: { postings: { select: { amountMinor: true, account: { select: { key: true } } } } } });
    expect(Object.fromEntries(captured.postings.map((p) => [p.account.key, p.amountMinor]))).toEqual({ stripe_clearing: D, deferred_revenue: A - D, card_authorizations: -A });
    // Stripe's own succeeded event for the capture arrives later: a no-op.
    expect(await webhook(fake.event("payment_intent.succeeded", fake.intents.get(intent.id as string)!))).toMatchObject({ outcome: "ignored-stale" });
    expect(await ledgerInvariants(db, w.hub.id)).toEqual({ unbalanced: 0, drift: [], trialSum: 0 });
  });

  it("refunds part of a captured payment once per request id, posting revenue and VAT back", async () => {
    const w = await orderWorld(db);
    const { order, completed } = await paidCardOrder(w);
    await webhook(completed);
    await deliver(db, order.orderId);
    await capturePayment(db, { paymentId: order.paymentId, now: w.now });
    const requestId = "3f0c1c9e-2b7a-4f0e-9a55-0d8f5f1b2c3d";
    const r1 = await createRefund(w.staff, { paymentId: order.paymentId, amountMinor: 250, reason: "Bruised pears", requestId });
    const r2 = await createRefund(w.staff, { paymentId: order.paymentId, amountMinor: 250, reason: "Bruised pears", requestId });
    expect(r1).toMatchObject({ status: "SUCCEEDED", amountMinor: 250 });
    expect(r2.refundId).toBe(r1.refundId);
    expect(fake.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(1);
    expect(await payment(order.paymentId)).toMatchObject({ status: "PARTIALLY_REFUNDED", refundedMinor: 250 });
    await expect(createRefund(w.staff, { paymentId: order.paymentId, amountMinor: order.totalMinor, reason: "Too much" })).rejects.toMatchObject({ code: "VALIDATION" });
    // The refund's webhook (refund.updated) is a no-op: already applied.
    const stripeRefund = [...fake.refunds.values()].find((r) => (r.metadata as { refundId?: string }).refundId === r1.refundId)!;
    expect(await webhook(fake.event("refund.updated", stripeRefund))).toMatchObject({ outcome: "ignored-stale" });
    const b = await balances(db, w.hub.id);
    expect(b.stripe_clearing).toBe(order.totalMinor - 250);
    expect(b.refunds_and_credits! + b.tax_payable!).toBeGreaterThan(0);
    expect(await ledgerInvariants(db, w.hub.id)).toEqual({ unbalanced: 0, drift: [], trialSum: 0 });
  });
});

describe("cancel and renewals", () => {
  it("cancelling an authorized order releases the hold and cancels the PaymentIntent once", async () => {
    const w = await orderWorld(db);
    const { order, completed, intent } = await paidCardOrder(w);
    await webhook(completed);
    await db.$transaction((tx) => onOrderCancelled(tx, { orderId: order.orderId, now: w.now }));
    expect((await payment(order.paymentId)).status).toBe("CANCELLED");
    expect((await balances(db, w.hub.id)).card_authorizations).toBe(0);
    await cancelAtProvider(db, { paymentId: order.paymentId, now: w.now });
    await cancelAtProvider(db, { paymentId: order.paymentId, now: w.now });
    expect(fake.intents.get(intent.id as string)!.status).toBe("canceled");
    expect((await entries(order.orderId)).map((e) => e.kind)).toEqual(["PAYMENT_AUTHORIZED", "AUTHORIZATION_RELEASED"]);
  });

  it("saves the card of a subscription checkout and charges it off-session for a renewal; a declined card fails the payment", async () => {
    const w = await orderWorld(db);
    const first = await paidCardOrder(w, { channel: "SUBSCRIPTION" });
    const params = fake.sessions.get(first.session.id as string)!._params as { payment_intent_data: { setup_future_usage?: string; capture_method: string } };
    expect(params.payment_intent_data).toMatchObject({ setup_future_usage: "off_session", capture_method: "manual" });
    await webhook(first.completed);
    const saved = await db.savedPaymentMethod.findMany({ where: { userId: w.customer.actor.userId } });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ last4: "4242", isDefault: true });

    const renewal = await placeOrder(w, { channel: "SUBSCRIPTION", paymentMethod: "CARD", slotId: w.slots[6]!.id });
    expect(await chargeSavedCard(db, { orderId: renewal.orderId, now: w.now })).toMatchObject({ outcome: "authorized" });
    expect(await chargeSavedCard(db, { orderId: renewal.orderId, now: w.now })).toMatchObject({ outcome: "skipped" });
    expect(await payment(renewal.paymentId)).toMatchObject({ status: "AUTHORIZED", authorizedMinor: renewal.totalMinor });
    const offSession = fake.requests.filter((r) => r.path === "/v1/payment_intents" && r.method === "POST");
    expect(offSession.at(-1)).toMatchObject({ params: { off_session: "true", confirm: "true", capture_method: "manual" }, idempotencyKey: `offsession:${renewal.paymentId}` });

    fake.paymentMethods.get(saved[0]!.stripePaymentMethodId)!._decline = true;
    const declined = await placeOrder(w, { channel: "SUBSCRIPTION", paymentMethod: "CARD", slotId: w.slots[7]!.id });
    expect(await chargeSavedCard(db, { orderId: declined.orderId, now: w.now })).toMatchObject({ outcome: "failed" });
    expect(await payment(declined.paymentId)).toMatchObject({ status: "FAILED", failureMessage: "Your card was declined." });
    expect(await outbox("payments/payment.failed", declined.paymentId)).toBe(1);
  });

  it("cancels card orders left unpaid for an hour through the orders state machine, releasing the slot place", async () => {
    const w = await orderWorld(db);
    const unpaid = await placeOrder(w, { paymentMethod: "CARD" });
    const pod = await placeOrder(w);
    const slotId = w.slots[4]!.id;
    const booked = async () => (await db.deliverySlot.findUniqueOrThrow({ where: { id: slotId } })).booked;
    expect(await booked()).toBe(2);
    expect(await cancelUnpaidCardOrders(db, new Date(w.now.getTime() + 30 * 60_000))).toEqual({ cancelled: 0, failed: 0 });
    const later = new Date(w.now.getTime() + 61 * 60_000);
    expect((await cancelUnpaidCardOrders(db, later)).cancelled).toBeGreaterThanOrEqual(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: unpaid.orderId }, select: { status: true } })).toEqual({ status: "CANCELLED" });
    expect((await payment(unpaid.paymentId)).status).toBe("CANCELLED");
    expect((await payment(pod.paymentId)).status).toBe("AWAITING_DELIVERY");
    expect(await booked()).toBe(1);
    const timeline = await db.orderTransition.findMany({ where: { orderId: unpaid.orderId }, orderBy: { id: "asc" }, select: { toStatus: true, actorKind: true } });
    expect(timeline.at(-1)).toEqual({ toStatus: "CANCELLED", actorKind: "system" });
  });
});
