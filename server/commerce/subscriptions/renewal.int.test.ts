// Acceptance: the renewal run twice (also concurrently, also through the job) for the same week
// creates each due subscription's order once; skips and pauses are recorded; short stock gives an
// order with issues; a full slot moves to another window of the same day or fails with a reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { runJob } from "../../jobs/run";
import { makeRenewSubscriptionsJob } from "../../jobs/definitions/renew-subscriptions";
import { renewSubscriptions } from "./renew";
import { cancelSubscription, pauseSubscription, skipWeek } from "./schedule-changes";
import { subscribe } from "./subscribe";
import { makeHousehold, subscriptionWorld, W50_CUTOFF, WORLD_NOW, type SubscriptionWorld } from "./testing";

const RENEW_AT = new Date(W50_CUTOFF.getTime() - 30 * 60_000);
const WEEK = "2026-W50";
let t: TestDatabase;
let pools: Db[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  pools = [createDb(t.url, 5), createDb(t.url, 5), createDb(t.url, 5)];
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.$disconnect()));
  await t.drop();
});

/** A new household subscribing to the world's box (weekly, Tuesday morning unless told). */
async function subscriber(w: SubscriptionWorld, over: { cadence?: "WEEKLY" | "FORTNIGHTLY"; windowId?: string } = {}) {
  const h = await makeHousehold(t.db, w.hub.id, w.clock);
  const { id } = await subscribe(h.ctx, { templateId: w.template.id, cadence: over.cadence ?? "WEEKLY", windowId: over.windowId ?? w.windows.tueAm.id, addressId: h.address.id, paymentMethod: "PAY_ON_DELIVERY" });
  return { id, ctx: h.ctx };
}
const ordersOf = (subscriptionId: string) => t.db.order.count({ where: { subscriptionId } });
const renewal = (subscriptionId: string) => t.db.subscriptionRenewal.findUnique({ where: { subscriptionId_isoWeek: { subscriptionId, isoWeek: WEEK } } });

describe("renewSubscriptions", () => {
  it("run twice for the same week: each due subscription's order once; skips, pauses and off-weeks recorded right", async () => {
    const w = await subscriptionWorld(t.db);
    const weekly = await subscriber(w);
    const fortnightly = await subscriber(w, { cadence: "FORTNIGHTLY" });
    const offWeek = await subscriber(w, { cadence: "FORTNIGHTLY" });
    await t.db.subscription.update({ where: { id: offWeek.id }, data: { anchorWeek: "2026-W49" } });
    const skipper = await subscriber(w);
    await skipWeek(skipper.ctx, { subscriptionId: skipper.id, isoWeek: WEEK });
    const paused = await subscriber(w);
    await pauseSubscription(paused.ctx, { subscriptionId: paused.id, until: "2026-12-08" });
    const pauseEnded = await subscriber(w);
    await pauseSubscription(pauseEnded.ctx, { subscriptionId: pauseEnded.id, until: "2026-12-07" });
    const cancelled = await subscriber(w);
    await cancelSubscription(cancelled.ctx, { subscriptionId: cancelled.id, reason: "MOVING" });
    const friday = await subscriber(w, { windowId: w.windows.friAm.id });

    // Two days before the cutoff nothing is due yet.
    expect(await renewSubscriptions(t.db, { hubId: w.hub.id, isoWeek: WEEK, now: WORLD_NOW })).toEqual({ created: 0, skipped: 0, paused: 0, failed: 0 });

    const first = await renewSubscriptions(t.db, { hubId: w.hub.id, isoWeek: WEEK, now: RENEW_AT });
    const second = await renewSubscriptions(t.db, { hubId: w.hub.id, isoWeek: WEEK, now: new Date(RENEW_AT.getTime() + 60_000) });
    expect(first).toEqual({ created: 3, skipped: 1, paused: 1, failed: 0 });
    expect(second).toEqual({ created: 0, skipped: 0, paused: 0, failed: 0 });

    for (const s of [weekly, fortnightly, pauseEnded]) {
      expect(await ordersOf(s.id)).toBe(1);
      expect(await renewal(s.id)).toMatchObject({ outcome: "CREATED" });
    }
    for (const s of [offWeek, skipper, paused, cancelled, friday]) expect(await ordersOf(s.id)).toBe(0);
    expect(await renewal(skipper.id)).toMatchObject({ outcome: "SKIPPED", orderId: null });
    expect(await renewal(paused.id)).toMatchObject({ outcome: "PAUSED", orderId: null });
    for (const s of [offWeek, cancelled, friday]) expect(await renewal(s.id)).toBeNull();
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: pauseEnded.id } })).toMatchObject({ status: "ACTIVE", pausedUntil: null });

    const order = await t.db.order.findFirstOrThrow({ where: { subscriptionId: weekly.id }, include: { lines: true } });
    expect(order).toMatchObject({ channel: "SUBSCRIPTION", isoWeek: WEEK, status: "PLACED", totalMinor: 800, paymentMethod: "PAY_ON_DELIVERY", customerUserId: weekly.ctx.actor.userId, issues: [] });
    expect(order.lines.map((l) => [l.skuId, l.quantity]).sort()).toEqual([[w.skus[0]!.id, 2], [w.skus[2]!.id, 1]].sort());
    expect((await renewal(weekly.id))!.orderId).toBe(order.id);
    expect(await t.db.outboxEvent.count({ where: { hubId: w.hub.id, name: "commerce/subscription.renewed" } })).toBe(3);
    expect(await t.db.outboxEvent.count({ where: { hubId: w.hub.id, name: "commerce/order.created" } })).toBe(3);
    expect((await t.db.deliverySlot.findFirstOrThrow({ where: { windowId: w.windows.tueAm.id, date: new Date("2026-12-08T00:00:00Z") } })).booked).toBe(3);
  });

  it("run concurrently from three connections: still once per subscription", async () => {
    const w = await subscriptionWorld(t.db);
    const subs = [];
    for (let i = 0; i < 6; i++) subs.push(await subscriber(w, { windowId: i % 2 ? w.windows.tuePm.id : w.windows.tueAm.id }));
    const results = await Promise.all(pools.map((db) => renewSubscriptions(db, { hubId: w.hub.id, isoWeek: WEEK, now: RENEW_AT })));
    expect(results.reduce((n, r) => n + r.created, 0)).toBe(6);
    for (const s of subs) expect(await ordersOf(s.id)).toBe(1);
    expect(await t.db.subscriptionRenewal.count({ where: { hubId: w.hub.id } })).toBe(6);
    const booked = await t.db.deliverySlot.aggregate({ where: { hubId: w.hub.id, date: new Date("2026-12-08T00:00:00Z") }, _sum: { booked: true } });
    expect(booked._sum.booked).toBe(6);
  });

  it("the hourly job, run twice (and twice at once), creates each order once", async () => {
    const w = await subscriptionWorld(t.db);
    const subs = [await subscriber(w), await subscriber(w, { cadence: "FORTNIGHTLY" })];
    const job = makeRenewSubscriptionsJob(() => RENEW_AT);
    await runJob(job, { db: t.db, engine: "manual", trigger: "manual", payload: {} });
    await Promise.all([runJob(job, { db: pools[0]!, engine: "manual", trigger: "manual", payload: {} }), runJob(job, { db: pools[1]!, engine: "manual", trigger: "manual", payload: { hubId: w.hub.id, isoWeek: WEEK } })]);
    for (const s of subs) expect(await ordersOf(s.id)).toBe(1);
    expect(await t.db.jobRun.count({ where: { jobId: "commerce.renew-subscriptions", status: "SUCCEEDED" } })).toBe(3);
  });

  it("short stock: the order keeps what can be met and the renewal flags the rest", async () => {
    const w = await subscriptionWorld(t.db, { stock: 1 });
    const s = await subscriber(w);
    expect(await renewSubscriptions(t.db, { hubId: w.hub.id, isoWeek: WEEK, now: RENEW_AT })).toMatchObject({ created: 1 });
    const issue = { skuId: w.skus[0]!.id, requested: 2, reserved: 1, reason: "SHORT" };
    const order = await t.db.order.findFirstOrThrow({ where: { subscriptionId: s.id }, include: { lines: true } });
    expect(order.issues).toEqual([issue]);
    expect(order.lines.find((l) => l.skuId === w.skus[0]!.id)?.quantity).toBe(1);
    expect((await renewal(s.id))!.issues).toEqual([issue]);
    const event = await t.db.outboxEvent.findFirstOrThrow({ where: { hubId: w.hub.id, name: "commerce/subscription.renewed" } });
    expect(event.payload).toMatchObject({ subscriptionId: s.id, isoWeek: WEEK, orderId: order.id, issues: [issue] });
  });

  it("full slot: another window of the same day, else FAILED with a reason and no order", async () => {
    const w = await subscriptionWorld(t.db, { capacity: 1 });
    const subs = [await subscriber(w), await subscriber(w), await subscriber(w)];
    expect(await renewSubscriptions(t.db, { hubId: w.hub.id, isoWeek: WEEK, now: RENEW_AT })).toEqual({ created: 2, skipped: 0, paused: 0, failed: 1 });
    const orders = await t.db.order.findMany({ where: { subscriptionId: { in: subs.map((s) => s.id) } }, select: { slotId: true, subscriptionId: true } });
    const slots = await t.db.deliverySlot.findMany({ where: { id: { in: orders.map((o) => o.slotId!) } }, select: { windowId: true } });
    expect(slots.map((s) => s.windowId).sort()).toEqual([w.windows.tueAm.id, w.windows.tuePm.id].sort());
    const failed = subs.find((s) => !orders.some((o) => o.subscriptionId === s.id))!;
    expect(await renewal(failed.id)).toMatchObject({ outcome: "FAILED", orderId: null, issues: [{ reason: "SLOT_FULL" }] });
    const event = await t.db.outboxEvent.findFirstOrThrow({ where: { hubId: w.hub.id, name: "commerce/subscription.renewal-failed" } });
    expect(event.payload).toMatchObject({ subscriptionId: failed.id, isoWeek: WEEK, reason: "SLOT_FULL" });
    const renewed = await t.db.outboxEvent.findMany({ where: { hubId: w.hub.id, name: "commerce/subscription.renewed" } });
    expect(renewed.map((e) => (e.payload as { alternativeSlot: boolean }).alternativeSlot).sort()).toEqual([false, true]);
    // A later run does not retry the failed week: exactly once means one decision.
    expect(await renewSubscriptions(t.db, { hubId: w.hub.id, isoWeek: WEEK, now: RENEW_AT })).toEqual({ created: 0, skipped: 0, paused: 0, failed: 0 });
  });

  it("an order the checkout refuses (nothing deliverable): FAILED, and the slot place it took is given back", async () => {
    const w = await subscriptionWorld(t.db);
    const s = await subscriber(w);
    await t.db.sku.updateMany({ where: { id: { in: [w.skus[0]!.id, w.skus[2]!.id] } }, data: { active: false } });
    expect(await renewSubscriptions(t.db, { hubId: w.hub.id, isoWeek: WEEK, now: RENEW_AT })).toEqual({ created: 0, skipped: 0, paused: 0, failed: 1 });
    expect(await renewal(s.id)).toMatchObject({ outcome: "FAILED", issues: [{ reason: "ORDER_REFUSED" }] });
    expect(await ordersOf(s.id)).toBe(0);
    // The savepoint rolled back createOrder's slot booking inside the renewal transaction.
    expect((await t.db.deliverySlot.findFirstOrThrow({ where: { windowId: w.windows.tueAm.id, date: new Date("2026-12-08T00:00:00Z") } })).booked).toBe(0);
  });
});
