// Ledger property test: thousands of random commerce operations (orders by card and pay on delivery
// through createOrder, Stripe checkouts and webhooks incl. replays and out-of-order events, full and
// partial deliveries, captures, refunds, receipts, credits, cancels, reversals) from a seeded PRNG;
// afterwards every entry sums to zero, the trial balance sums to zero, each account's balance equals
// the sum of its postings, and no payment captured more than it authorized.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import type { FakeStripe } from "../testing/fake-stripe";
import { orderWorld, placeOrder, type OrderWorld } from "../testing/orders";
import { beginCardCheckout, cancelAtProvider, capturePayment, createRefund, handleStripeWebhook, issueCredit, onOrderCancelled, recordReceipt } from "../payments";
import { deliver, ledgerInvariants, quickOrder, signedEvent, startFakeStripe } from "../payments/testing";
import { reverseJournalEntry } from "./corrections";
import { trialBalance } from "./queries";

const OPS = Number(process.env.LEDGER_PROPERTY_OPS ?? 10_000);
const SEED = Number(process.env.LEDGER_PROPERTY_SEED ?? 20261122);
// Independent lanes run side by side (each with its own PRNG and orders), which also exercises the
// row locks; replays and reversals pick from everything posted so far.
const LANES = Number(process.env.LEDGER_PROPERTY_LANES ?? 4);
const RACY = new Set(["receipt", "refund"]);

let tdb: TestDatabase;
let db: Db;
let fake: FakeStripe;
beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  fake = await startFakeStripe();
}, 60_000);
afterAll(async () => {
  await fake.stop();
  await tdb.drop();
});

/** mulberry32: small, fast, reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(next() * xs.length)] : undefined) };
}

type Tracked = { orderId: string; paymentId: string; card: boolean; sessionId?: string; intentId?: string; delivered: boolean; cancelled: boolean };

it(`keeps the ledger balanced through ${OPS} random commerce operations`, async () => {
  const w: OrderWorld = await orderWorld(db, { stock: 1_000_000, capacity: 1_000_000, skus: 3 });
  const delivered: object[] = [];
  const counts: Record<string, number> = {};
  const ms: Record<string, number> = {};
  const refused: Record<string, number> = {};
  await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane, Math.ceil(OPS / LANES))));

  async function runLane(lane: number, laneOps: number) {
  const r = prng(SEED + lane);
  const orders: Tracked[] = [];
  const webhook = async (event: object) => {
    delivered.push(event);
    const { body, signature } = signedEvent(event);
    return handleStripeWebhook(db, body, signature);
  };
  const open = (f: (o: Tracked) => boolean) => orders.filter((o) => !o.cancelled && f(o));

  const ops: Array<[number, string, () => Promise<unknown>]> = [
    [6, "place", async () => {
        const card = r.next() < 0.5;
        const channel = r.next() < 0.3 ? ("SUBSCRIPTION" as const) : ("STOREFRONT" as const);
        const lines = w.skus.filter(() => r.next() < 0.7).map((s) => ({ skuId: s.id, quantity: r.int(1, 6) }));
        if (lines.length === 0) lines.push({ skuId: w.skus[0]!.id, quantity: 1 });
        const method = card ? ("CARD" as const) : ("PAY_ON_DELIVERY" as const);
        // One order in five goes through the real createOrder (slot, stock, pricing); the rest are
        // minimal rows with openPayment, so the run stays within a couple of minutes.
        const o = r.next() < 0.2 ? await placeOrder(w, { paymentMethod: method, channel, lines, slotId: w.slots[r.int(3, 9)]!.id }) : await quickOrder(db, { hubId: w.hub.id, customerUserId: w.customer.actor.userId, method, channel, lines, now: w.now });
        orders.push({ orderId: o.orderId, paymentId: o.paymentId, card, delivered: false, cancelled: false });
      }],
      [6, "checkout", async () => {
      const o = r.pick(open((x) => x.card && !x.sessionId && !x.delivered));
      if (!o) return;
      const { url } = await beginCardCheckout(w.customer, { orderId: o.orderId, successUrl: "http://t/ok", cancelUrl: "http://t/no" });
      o.sessionId = url.split("/").pop()!;
      const { session, intent } = fake.completeCheckout(o.sessionId);
      o.intentId = intent.id as string;
      await webhook(fake.event("checkout.session.completed", session));
    }],
    [14, "replay", async () => {
      const e = r.pick(delivered);
      if (e) await webhook(e);
    }],
    [10, "provider-event", async () => {
      // Events for an intent's current or an earlier state, in any order.
      const o = r.pick(orders.filter((x) => x.intentId));
      if (!o) return;
      const pi = fake.intents.get(o.intentId!)!;
      const type = r.pick(["payment_intent.amount_capturable_updated", "payment_intent.succeeded", "payment_intent.canceled", "payment_intent.payment_failed"])!;
      if (type === "payment_intent.succeeded" && pi.status !== "succeeded") return;
      if (type === "payment_intent.canceled" && pi.status !== "canceled") return;
      const snapshot = type === "payment_intent.amount_capturable_updated" ? { ...pi, status: "requires_capture", amount_capturable: pi.amount } : type === "payment_intent.payment_failed" ? { ...pi, status: "requires_payment_method", last_payment_error: { message: "declined" } } : pi;
      await webhook(fake.event(type, snapshot, Math.floor(Date.now() / 1000) - r.int(0, 3600)));
    }],
    [6, "deliver", async () => {
      const o = r.pick(open((x) => !x.delivered));
      if (!o) return;
      const partial = r.next() < 0.5;
      const lines = await db.orderLine.findMany({ where: { orderId: o.orderId }, select: { skuId: true, quantity: true } });
      await deliver(db, o.orderId, partial ? Object.fromEntries(lines.map((l) => [l.skuId, r.int(0, l.quantity)])) : {}, w.now);
      o.delivered = true;
    }],
    [8, "capture", async () => {
      const o = r.pick(open((x) => x.card && x.delivered && !!x.intentId));
      if (o) await capturePayment(db, { paymentId: o.paymentId, now: w.now });
    }],
    [5, "refund", async () => {
      const p = r.pick(await db.payment.findMany({ where: { hubId: w.hub.id, OR: [{ capturedMinor: { gt: 0 } }, { receivedMinor: { gt: 0 } }] }, select: { id: true, capturedMinor: true, receivedMinor: true, refundedMinor: true }, take: 50, skip: r.int(0, 50) }));
      const left = p ? p.capturedMinor + p.receivedMinor - p.refundedMinor : 0;
      if (p && left > 0) await createRefund(w.staff, { paymentId: p.id, amountMinor: r.int(1, left), reason: "property test" });
    }],
    [8, "receipt", async () => {
      const p = r.pick(await db.payment.findMany({ where: { hubId: w.hub.id, status: { in: ["DUE", "PARTIALLY_PAID"] } }, select: { id: true, dueMinor: true, receivedMinor: true }, take: 50 }));
      if (!p) return;
      const left = p.dueMinor - p.receivedMinor;
      const amount = r.next() < 0.5 ? left : r.int(1, left);
      await recordReceipt(w.staff, { paymentId: p.id, amountMinor: amount, method: r.pick(["CASH", "BANK_TRANSFER", "CARD_TERMINAL"] as const)!, reference: `ref-${r.int(1, 1e9)}`, receivedAt: w.now });
    }],
    [2, "credit", async () => {
      const o = r.pick(orders);
      await issueCredit(w.staff, { userId: w.customer.actor.userId, orderId: o?.orderId ?? null, amountMinor: r.int(1, 2000), reason: "goodwill" });
    }],
    [4, "cancel", async () => {
      const o = r.pick(open((x) => !x.delivered));
      if (!o) return;
      await db.$transaction(async (tx) => {
        await tx.order.update({ where: { id: o.orderId }, data: { status: "CANCELLED", cancelledAt: w.now } });
        await onOrderCancelled(tx, { orderId: o.orderId, now: w.now });
      });
      o.cancelled = true;
      if (o.card) await cancelAtProvider(db, { paymentId: o.paymentId, now: w.now });
    }],
    [2, "reverse", async () => {
      const e = r.pick(await db.journalEntry.findMany({ where: { hubId: w.hub.id, reversalOfId: null, kind: { not: "REVERSAL" } }, select: { id: true }, take: 30, skip: r.int(0, 200), orderBy: { createdAt: "asc" } }));
      if (e) await reverseJournalEntry(w.staff, { entryId: e.id, reason: "property test correction" });
    }],
  ];
  const weightSum = ops.reduce((s, [wt]) => s + wt, 0);
  for (let i = 0; i < laneOps; i++) {
    let roll = r.next() * weightSum;
    const op = ops.find(([wt]) => (roll -= wt) < 0) ?? ops[0]!;
    counts[op[1]] = (counts[op[1]] ?? 0) + 1;
    const t0 = performance.now();
    try {
      await op[2]();
    } catch (error) {
      // Lanes share payments: a receipt or refund racing another lane's is refused by the service, as it should be.
      if (!(RACY.has(op[1]) && isDomainError(error) && (error.code === "VALIDATION" || error.code === "INVALID_STATE"))) throw error;
      refused[op[1]] = (refused[op[1]] ?? 0) + 1;
    }
    ms[op[1]] = (ms[op[1]] ?? 0) + performance.now() - t0;
  }
  }

  console.info(`ledger property: ${OPS} ops`, counts, { refused }, Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v / counts[k]!)])), Object.fromEntries((await db.journalEntry.groupBy({ by: ["kind"], where: { hubId: w.hub.id }, _count: true })).map((k) => [k.kind, k._count])));
  expect(await ledgerInvariants(db, w.hub.id)).toEqual({ unbalanced: 0, drift: [], trialSum: 0 });
  const tb = await trialBalance(w.staff, {});
  expect(tb.totalDebitMinor).toBe(tb.totalCreditMinor);
  expect(tb.sumMinor).toBe(0);
  expect(tb.drift).toEqual([]);
  const overCaptured = await db.payment.count({ where: { hubId: w.hub.id, capturedMinor: { gt: db.payment.fields.authorizedMinor } } });
  expect(overCaptured).toBe(0);
  const overRefunded = await db.$queryRaw<[{ n: bigint }]>`SELECT COUNT(*) AS n FROM "Payment" WHERE "hubId" = ${w.hub.id} AND "refundedMinor" > "capturedMinor" + "receivedMinor"`;
  expect(Number(overRefunded[0].n)).toBe(0);
  // The run did real work of every kind.
  const kinds = await db.journalEntry.groupBy({ by: ["kind"], where: { hubId: w.hub.id }, _count: true });
  expect(kinds.map((k) => k.kind).sort()).toEqual(expect.arrayContaining(["AUTHORIZATION_RELEASED", "CUSTOMER_CREDIT", "ORDER_DELIVERED", "PAYMENT_AUTHORIZED", "PAYMENT_CAPTURED", "RECEIPT", "REFUND", "REVERSAL"]));
}, 600_000);
