// A small hand-built week: projected subscriptions (cadence, pauses, skips, renewed ones) and forecast
// buffers exactly as computed by hand; pools close at each zone's last cutoff of the week with one
// demand/pool.closed per zone-week however often (and however concurrently) the close runs; what
// planning and forecasting read; the portal's table, week summary and planner actions; the jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { createOrder } from "../../commerce/checkout";
import { subscriptionWorld, WORLD_NOW, type SubscriptionWorld } from "../../commerce/subscriptions/testing";
import { makeClosePoolsJob, makeRefreshPoolsJob } from "../../jobs/definitions/demand-pools";
import { runJob } from "../../jobs/run";
import { callerAs } from "../../testing/caller";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeUser } from "../../testing/factories";
import { DEMAND_EVENTS } from "../events";
import { actualsBySeries, closeDuePools, demandForWeek, refreshPools } from "./index";
import { knownMismatches, rawLineData, rawOrderData, recomputeProjection } from "./testing";

const W50 = "2026-W50";
const W51 = "2026-W51";
// Tuesday windows of W50 close Sunday 6 December 18:00 Amsterdam, the Friday window Wednesday 9 December.
const TUESDAY_CUTOFF = new Date("2026-12-06T17:00:00Z");
const FRIDAY_CUTOFF = new Date("2026-12-09T17:00:00Z");

let t: TestDatabase;
let other: Db;
beforeAll(async () => {
  t = await createTestDatabase();
  other = createDb(t.url, 4);
});
afterAll(async () => {
  await other.$disconnect();
  await t.drop();
});

type Sub = { status?: "ACTIVE" | "PAUSED" | "CANCELLED"; cadence?: "WEEKLY" | "FORTNIGHTLY"; pausedUntil?: string; window: { id: string; zoneId: string }; lines: [number, number][] };

/** The hand-built week: see the expectations in the first test. */
async function world() {
  const w = await subscriptionWorld(t.db, { stock: 500 });
  const [carrots, beetroot, kale, apples, leeks] = w.skus.map((s) => s.id) as [string, string, string, string, string];
  const subscribe = (name: string, s: Sub) => t.db.subscription.create({
    data: {
      hubId: w.hub.id, userId: w.household.ctx.actor.userId, name, cadence: s.cadence ?? "WEEKLY", status: s.status ?? "ACTIVE", zoneId: s.window.zoneId, windowId: s.window.id,
      addressId: w.household.address.id, paymentMethod: "PAY_ON_DELIVERY", anchorWeek: "2026-W49", pausedUntil: s.pausedUntil ? new Date(`${s.pausedUntil}T00:00:00Z`) : null,
      lines: { create: s.lines.map(([sku, quantity]) => ({ skuId: w.skus[sku]!.id, quantity })) },
    },
  });
  const { tueAm, friAm, elsewhere } = w.windows;
  await subscribe("A weekly", { window: tueAm, lines: [[0, 2], [2, 1]] });
  await subscribe("B fortnightly, off in W50", { cadence: "FORTNIGHTLY", window: friAm, lines: [[1, 3]] });
  await subscribe("C paused through Tuesday", { status: "PAUSED", pausedUntil: "2026-12-08", window: tueAm, lines: [[0, 5]] });
  await subscribe("C2 paused until before Friday", { status: "PAUSED", pausedUntil: "2026-12-10", window: friAm, lines: [[3, 4]] });
  const skipper = await subscribe("D skips W50", { window: tueAm, lines: [[2, 7]] });
  await t.db.subscriptionSkip.create({ data: { subscriptionId: skipper.id, isoWeek: W50 } });
  const renewed = await subscribe("E renewed", { window: tueAm, lines: [[4, 1], [0, 1]] });
  await subscribe("F cancelled", { status: "CANCELLED", window: tueAm, lines: [[0, 9]] });
  await subscribe("G elsewhere", { window: elsewhere, lines: [[1, 2]] });

  const tuesday = await t.db.deliverySlot.findFirstOrThrow({ where: { windowId: tueAm.id, date: new Date("2026-12-08T00:00:00Z") } });
  const address = { name: "Household", line1: "Oudegracht 1", city: "Utrecht", postcode: "3511 AA", country: "NL", latitude: 52.09, longitude: 5.12 };
  const order = (channel: "STOREFRONT" | "SUBSCRIPTION", lines: { skuId: string; quantity: number }[], subscriptionId?: string) =>
    t.db.$transaction((tx) => createOrder(tx, { ...w.household.ctx, db: tx }, { channel, customerUserId: w.household.ctx.actor.userId, subscriptionId, slotId: tuesday.id, address, lines, paymentMethod: "PAY_ON_DELIVERY", allowShortfall: false, actorKind: "customer" }));
  // E's renewal order (subscribed), a one-off order (ordered) and a wholesale order written by an import (B2B).
  await order("SUBSCRIPTION", [{ skuId: leeks, quantity: 1 }, { skuId: carrots, quantity: 1 }], renewed.id);
  const oneOff = await order("STOREFRONT", [{ skuId: carrots, quantity: 3 }, { skuId: apples, quantity: 1 }]);
  const b2b = await t.db.order.create({ data: rawOrderData(w, { slot: tuesday, channel: "B2B" }) });
  await t.db.orderLine.create({ data: rawLineData(w.hub.id, b2b.id, carrots, 10) });

  const run = await t.db.forecastRun.create({ data: { hubId: w.hub.id, asOfWeek: "2026-W49", status: "SUCCEEDED", finishedAt: WORLD_NOW, seriesCount: 4 } });
  const forecast = (skuId: string, zoneId: string, p50: number) => ({ runId: run.id, hubId: w.hub.id, skuId, zoneId, isoWeek: W50, horizon: 1, method: "HOLT_WINTERS" as const, p10: p50 / 2, p50, p90: p50 * 2, confidence: 0.7 });
  await t.db.forecast.createMany({ data: [forecast(carrots, w.zone.id, 20.4), forecast(leeks, w.zone.id, 4.6), forecast(kale, w.zone.id, 0.4), forecast(beetroot, w.otherZone.id, 1)] });
  return { w, run, oneOff, ids: { carrots, beetroot, kale, apples, leeks }, forecast, tuesday };
}

async function poolsOf(w: SubscriptionWorld, isoWeek: string) {
  const pools = await t.db.demandPool.findMany({ where: { hubId: w.hub.id, isoWeek } });
  const name = new Map(w.skus.map((s, i) => [s.id, ["carrots", "beetroot", "kale", "apples", "leeks"][i]!]));
  const zone = (id: string) => (id === w.zone.id ? "zone" : "other");
  return Object.fromEntries(pools.map((p) => [`${name.get(p.skuId)}@${zone(p.zoneId)}`, [p.orderedUnits, p.subscribedUnits, p.projectedSubscribedUnits, p.b2bUnits, p.forecastBufferUnits, p.status]]));
}

describe("pools of a hand-built week", () => {
  it("projected subscriptions and forecast buffers as computed by hand; idempotent; what planning reads", async () => {
    const { w } = await world();
    const summary = await refreshPools(t.db, { hubId: w.hub.id, isoWeek: W50, now: WORLD_NOW });
    // [ordered, subscribed, projected, b2b, buffer, status]
    expect(await poolsOf(w, W50)).toEqual({
      // 3 one-off + 1 renewed (E) + 2 projected (A) + 10 B2B = 16 known; p50 20.4 -> 20: buffer 4.
      "carrots@zone": [3, 1, 2, 10, 4, "OPEN"],
      // A projects 1; D skipped W50; p50 0.4 rounds to 0.
      "kale@zone": [0, 0, 1, 0, 0, "OPEN"],
      // C2 resumes before Friday's delivery: 4 projected; C is paused through Tuesday: none.
      "apples@zone": [1, 0, 4, 0, 0, "OPEN"],
      // E's renewal order, not its projection; p50 4.6 -> 5: buffer 4.
      "leeks@zone": [0, 1, 0, 0, 4, "OPEN"],
      // G projects 2 against a p50 of 1: no buffer. B (fortnightly) has no delivery in W50.
      "beetroot@other": [0, 0, 2, 0, 0, "OPEN"],
    });
    // Carrots, apples and leeks were pooled by their orders; kale and beetroot only by projection.
    expect(summary).toMatchObject({ created: 2, pools: 5, projectedUnits: 9, bufferUnits: 8 });
    expect(await refreshPools(t.db, { hubId: w.hub.id, isoWeek: W50, now: WORLD_NOW })).toMatchObject({ created: 0, updated: 0, pools: 5 });

    const demand = await demandForWeek(t.db, { hubId: w.hub.id, isoWeek: W50 });
    expect(demand.map((d) => d.totalUnits).sort((a, b) => a - b)).toEqual([1, 2, 5, 5, 20]);
    expect(demand.every((d) => !d.closed && d.poolId)).toBe(true);

    // W51: B delivers, C resumed, D and E project again; exactly the renewal rule's answer.
    await refreshPools(t.db, { hubId: w.hub.id, isoWeek: W51, now: WORLD_NOW });
    const expected = await recomputeProjection(t.db, w.hub.id, W51);
    const pools = await t.db.demandPool.findMany({ where: { hubId: w.hub.id, isoWeek: W51 } });
    expect(Object.fromEntries(pools.map((p) => [`${p.skuId}|${p.zoneId}`, p.projectedSubscribedUnits]))).toEqual(Object.fromEntries(expected));
    expect(expected.get(`${w.skus[0]!.id}|${w.zone.id}`)).toBe(2 + 5 + 1);
    expect(expected.get(`${w.skus[1]!.id}|${w.zone.id}`)).toBe(3);
  });

  it("close at each zone's last cutoff: one event per zone-week, twice and concurrently; late lines; refresh leaves closed pools alone", async () => {
    const { w, oneOff, ids, forecast, run, tuesday } = await world();
    await refreshPools(t.db, { hubId: w.hub.id, isoWeek: W50, now: WORLD_NOW });
    const events = () => t.db.outboxEvent.findMany({ where: { hubId: w.hub.id, name: DEMAND_EVENTS.poolClosed }, orderBy: { createdAt: "asc" } });

    expect(await closeDuePools(t.db, { now: new Date(TUESDAY_CUTOFF.getTime() - 1000) })).toEqual([]);
    // After Tuesday's cutoff the other zone (Tuesday only) closes; ours still takes Friday orders.
    const first = await closeDuePools(t.db, { now: new Date(TUESDAY_CUTOFF.getTime() + 60_000) });
    expect(first.filter((c) => c.hubId === w.hub.id)).toMatchObject([{ zoneId: w.otherZone.id, isoWeek: W50, pools: 1, units: 0, cutoffAt: TUESDAY_CUTOFF }]);
    expect((await poolsOf(w, W50))["beetroot@other"]).toEqual([0, 0, 0, 0, 0, "CLOSED"]);
    expect((await poolsOf(w, W50))["carrots@zone"]).toEqual([3, 1, 2, 10, 4, "OPEN"]);

    // After Friday's cutoff: twice at once from two clients, then again: one more event in all.
    const after = new Date(FRIDAY_CUTOFF.getTime() + 60_000);
    await Promise.all([closeDuePools(t.db, { now: after }), closeDuePools(other, { now: after })]);
    await closeDuePools(t.db, { now: after });
    const closed = await events();
    expect(closed.map((e) => e.payload)).toEqual([
      { hubId: w.hub.id, zoneId: w.otherZone.id, isoWeek: W50, pools: 1, units: 0, cutoffAt: TUESDAY_CUTOFF.toISOString(), closedBy: "cutoff" },
      { hubId: w.hub.id, zoneId: w.zone.id, isoWeek: W50, pools: 4, units: 14 + 0 + 1 + 1, cutoffAt: FRIDAY_CUTOFF.toISOString(), closedBy: "cutoff" },
    ]);
    expect(await poolsOf(w, W50)).toEqual({
      "carrots@zone": [3, 1, 0, 10, 0, "CLOSED"], "kale@zone": [0, 0, 0, 0, 0, "CLOSED"], "apples@zone": [1, 0, 0, 0, 0, "CLOSED"],
      "leeks@zone": [0, 1, 0, 0, 0, "CLOSED"], "beetroot@other": [0, 0, 0, 0, 0, "CLOSED"],
    });
    // The forecast's accuracy was recorded for the closed zone-week (one row per forecast series).
    expect(await t.db.forecastAccuracy.findMany({ where: { hubId: w.hub.id, zoneId: w.zone.id, isoWeek: W50 }, select: { skuId: true, actualUnits: true }, orderBy: { actualUnits: "desc" } }))
      .toEqual([{ skuId: ids.carrots, actualUnits: 14 }, { skuId: ids.leeks, actualUnits: 1 }, { skuId: ids.kale, actualUnits: 0 }]);

    // Late writes still count: a cancellation lowers the closed pool, a new SKU is born closed, and no second event follows.
    await t.db.order.update({ where: { id: oneOff.orderId }, data: { status: "CANCELLED" } });
    const late = await t.db.order.create({ data: rawOrderData(w, { slot: tuesday, channel: "IMPORT" }) });
    await t.db.orderLine.create({ data: rawLineData(w.hub.id, late.id, ids.beetroot, 6) });
    expect((await poolsOf(w, W50))["carrots@zone"]).toEqual([0, 1, 0, 10, 0, "CLOSED"]);
    expect((await poolsOf(w, W50))["beetroot@zone"]).toEqual([6, 0, 0, 0, 0, "CLOSED"]);
    expect(await closeDuePools(t.db, { now: after })).toEqual([]);
    expect(await events()).toHaveLength(2);
    expect(await knownMismatches(t.db, w.hub.id)).toEqual([]);

    // A refresh after the close neither changes closed pools nor opens new ones in the closed zone-week.
    await t.db.forecast.create({ data: { ...forecast(ids.apples, w.otherZone.id, 6), runId: run.id } });
    expect(await refreshPools(t.db, { hubId: w.hub.id, isoWeek: W50, now: after })).toMatchObject({ created: 0, updated: 0, pools: 0 });
    expect(Object.keys(await poolsOf(w, W50))).toHaveLength(6);
  });

  it("actuals per series: closed pools, and the imported history for zone-weeks not pooled", async () => {
    const { w, ids } = await world();
    await t.db.demandHistory.createMany({
      data: [
        { hubId: w.hub.id, skuId: ids.carrots, zoneId: w.zone.id, isoWeek: "2026-W49", units: 9 },
        { hubId: w.hub.id, skuId: ids.carrots, zoneId: w.zone.id, isoWeek: W50, units: 99 },
        { hubId: w.hub.id, skuId: ids.kale, zoneId: w.zone.id, isoWeek: W51, units: 5 },
      ],
    });
    expect(await actualsBySeries(t.db, { hubId: w.hub.id, untilWeek: W50 })).toEqual([{ skuId: ids.carrots, zoneId: w.zone.id, isoWeek: "2026-W49", units: 9 }, { skuId: ids.carrots, zoneId: w.zone.id, isoWeek: W50, units: 99 }]);
    await closeDuePools(t.db, { now: new Date(FRIDAY_CUTOFF.getTime() + 1000) });
    const actuals = await actualsBySeries(t.db, { hubId: w.hub.id, untilWeek: W50 });
    expect(actuals.filter((a) => a.skuId === ids.carrots)).toEqual([{ skuId: ids.carrots, zoneId: w.zone.id, isoWeek: "2026-W49", units: 9 }, { skuId: ids.carrots, zoneId: w.zone.id, isoWeek: W50, units: 14 }]);
    expect(actuals.some((a) => a.isoWeek === W51)).toBe(false);
  });

  it("portal: pools table, week summary, refresh and close-week-now as a planner; others are refused", async () => {
    const { w, ids } = await world();
    const planner = await makeUser(t.db, w.hub.id, "PLANNER");
    const api = callerAs(t.db, { userId: planner.user.id, membershipId: planner.membership.id });
    expect(await api.demand.pools.refresh({ isoWeek: W50 })).toMatchObject({ pools: 5, created: 2 });

    const page = await api.demand.pools.list({ page: 0, pageSize: 1, sort: { id: "total", desc: true }, filters: { week: W50 } });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => [r.productName, r.zoneCode, r.totalUnits])).toEqual([["Carrots", w.zone.code, 20]]);
    const last = await api.demand.pools.list({ page: 2, pageSize: 2, sort: { id: "total", desc: true }, filters: { week: W50 } });
    expect(last.rows.map((r) => [r.productName, r.totalUnits])).toEqual([["Kale", 1]]);
    expect(page.rows[0]).toMatchObject({ skuId: ids.carrots, skuCode: w.skus[0]!.code, skuName: "250 g punnet", orderedUnits: 3, subscribedUnits: 1, projectedSubscribedUnits: 2, b2bUnits: 10, forecastBufferUnits: 4, status: "OPEN" });
    const other = await api.demand.pools.list({ page: 0, pageSize: 50, sort: null, filters: { zone: w.otherZone.code, status: "OPEN" } });
    expect(other.rows.map((r) => r.productName)).toEqual(["Beetroot"]);
    expect((await api.demand.pools.list({ page: 0, pageSize: 50, sort: { id: "sku", desc: false }, filters: { q: "leek" } })).rows.map((r) => r.productName)).toEqual(["Leeks"]);

    const week = await api.demand.pools.week({ isoWeek: W50 });
    expect(week.zones.find((z) => z.zoneId === w.zone.id)).toMatchObject({ pools: 4, openPools: 4, orderedUnits: 4, subscribedUnits: 2, projectedSubscribedUnits: 7, b2bUnits: 10, forecastBufferUnits: 8, totalUnits: 31, closed: false, cutoffAt: FRIDAY_CUTOFF });
    expect(week.totals).toMatchObject({ pools: 5, totalUnits: 33 });

    const closed = await api.demand.pools.closeWeek({ isoWeek: W50, zoneId: w.zone.id });
    expect(closed).toEqual({ isoWeek: W50, closed: [{ zoneId: w.zone.id, pools: 4, units: 16 }] });
    expect(await api.demand.pools.closeWeek({ isoWeek: W50, zoneId: w.zone.id })).toEqual({ isoWeek: W50, closed: [] });
    const event = await t.db.outboxEvent.findFirstOrThrow({ where: { hubId: w.hub.id, name: DEMAND_EVENTS.poolClosed } });
    expect(event.payload).toMatchObject({ zoneId: w.zone.id, isoWeek: W50, closedBy: "planner", cutoffAt: FRIDAY_CUTOFF.toISOString() });
    expect(await t.db.auditLog.count({ where: { hubId: w.hub.id, action: "demand.week-closed", targetId: w.zone.id } })).toBe(1);
    expect((await api.demand.pools.week({ isoWeek: W50 })).zones.find((z) => z.zoneId === w.zone.id)).toMatchObject({ closed: true, openPools: 0, totalUnits: 16 });
    await expect(api.demand.pools.closeWeek({ isoWeek: "2026-W99" })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const consumer = callerAs(t.db, { userId: w.household.ctx.actor.userId, membershipId: w.household.ctx.actor.membershipId });
    await expect(consumer.demand.pools.list({ page: 0, pageSize: 10, sort: null, filters: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("jobs: the refresh and close jobs run the services (close twice = once)", async () => {
    const { w } = await world();
    const refresh = await runJob(makeRefreshPoolsJob(() => WORLD_NOW), { db: t.db, engine: "manual", trigger: "manual", payload: { hubId: w.hub.id } });
    expect(await t.db.jobRun.findUniqueOrThrow({ where: { id: refresh.runId } })).toMatchObject({ status: "SUCCEEDED" });
    // This week (W49) and the next three.
    expect((refresh.result as { isoWeek: string }[]).map((r) => r.isoWeek)).toEqual(["2026-W49", W50, W51, "2026-W52"]);
    expect(await t.db.demandPool.count({ where: { hubId: w.hub.id, isoWeek: W50 } })).toBe(5);
    const job = makeClosePoolsJob(() => new Date(FRIDAY_CUTOFF.getTime() + 1000));
    for (let i = 0; i < 2; i++) await runJob(job, { db: t.db, engine: "manual", trigger: "manual", payload: {} });
    expect(await t.db.jobRun.count({ where: { jobId: "demand.close-pools", status: "SUCCEEDED" } })).toBe(2);
    // W49 (projected by the refresh, its cutoff long past) and W50, in both zones: one event each.
    const events = await t.db.outboxEvent.findMany({ where: { hubId: w.hub.id, name: DEMAND_EVENTS.poolClosed } });
    const zoneCode = (id: string) => (id === w.zone.id ? "zone" : "other");
    expect(events.map((e) => e.payload as { zoneId: string; isoWeek: string }).map((p) => `${zoneCode(p.zoneId)} ${p.isoWeek}`).sort()).toEqual(["other 2026-W49", "other 2026-W50", "zone 2026-W49", "zone 2026-W50"]);
  });
});
