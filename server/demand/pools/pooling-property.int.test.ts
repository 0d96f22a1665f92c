// Acceptance: on randomized data (seeded, so a failure replays) the pools equal a brute-force
// recomputation in TypeScript from the orders and subscriptions. Orders come through the real
// checkout, edit and cancel services and through raw writes (single and multi-row statements,
// mixed in transactions); the projection and buffer after refreshPools match the renewal rule.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "@/lib/db";
import { isoWeekOfDate } from "@/lib/iso-week";
import { cancelOrder, editOrder } from "../../commerce/orders";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { placeOrder } from "../../testing/orders";
import { refreshPools } from "./refresh";
import { knownMismatches, poolWorld, prng, rawLineData, rawOrderData, recomputeKnown, recomputeProjection, type Channel, type PoolWorld } from "./testing";

const SEED = 20261122;
const CHANNELS: readonly Channel[] = ["STOREFRONT", "SUBSCRIPTION", "B2B", "IMPORT"];
type Rng = ReturnType<typeof prng>;

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** 1..max distinct SKUs with quantities 1..6. */
function randomLines(r: Rng, w: PoolWorld, max: number) {
  const skus = [...w.skus].sort(() => r.next() - 0.5).slice(0, r.int(1, max));
  return skus.map((s) => ({ skuId: s.id, quantity: r.int(1, 6) }));
}

/** One random raw write to orders or lines (or one the pools must ignore), through `db` (a transaction or not). */
async function randomWrite(r: Rng, w: PoolWorld, db: Tx, orderIds: string[], deletable: Set<string>) {
  const orderId = r.pick(orderIds);
  const lines = await db.orderLine.findMany({ where: { orderId }, select: { id: true, skuId: true } });
  const line = lines.length ? r.pick(lines) : null;
  const freeSku = w.skus.find((s) => !lines.some((l) => l.skuId === s.id));
  const op = r.int(0, 13);
  if (op <= 2 && line) return db.orderLine.update({ where: { id: line.id }, data: { quantity: r.int(1, 9), reservedQuantity: 0 } });
  if (op === 3 && line) return db.orderLine.delete({ where: { id: line.id } });
  if (op === 4 && freeSku) return db.orderLine.create({ data: rawLineData(w.hub.id, orderId, freeSku.id, r.int(1, 5)) });
  if (op === 5 && line && freeSku) return db.orderLine.update({ where: { id: line.id }, data: { skuId: freeSku.id } });
  if (op === 6) return db.order.update({ where: { id: orderId }, data: { status: r.chance(0.5) ? "CANCELLED" : "CONFIRMED" } });
  if (op === 7) {
    const slot = r.pick(w.allSlots);
    return db.order.update({ where: { id: orderId }, data: { slotId: slot.id, zoneId: slot.zoneId, deliveryDate: slot.date, isoWeek: isoWeekOfDate(slot.date) } });
  }
  if (op === 8) return db.order.update({ where: { id: orderId }, data: { channel: r.pick(CHANNELS) } });
  // Multi-row statements: many orders and pools at once.
  if (op === 9) return db.$executeRaw`UPDATE "OrderLine" SET quantity = quantity + 1 WHERE "hubId" = ${w.hub.id} AND "skuId" = ${r.pick(w.skus).id} AND quantity < 20`;
  if (op === 10) {
    const some = Array.from({ length: 6 }, () => r.pick(orderIds));
    return db.$executeRaw`UPDATE "Order" SET status = (CASE WHEN status = 'CANCELLED' THEN 'PLACED' ELSE 'CANCELLED' END)::"OrderStatus" WHERE id = ANY(${some})`;
  }
  if (op === 11) {
    const [from, to] = [r.pick(w.allSlots), r.pick(w.allSlots)];
    return db.$executeRaw`UPDATE "Order" SET "slotId" = ${to.id}, "zoneId" = ${to.zoneId}, "deliveryDate" = ${to.date}, "isoWeek" = ${isoWeekOfDate(to.date)} WHERE "hubId" = ${w.hub.id} AND "zoneId" = ${from.zoneId} AND "isoWeek" = ${isoWeekOfDate(from.date)} AND id = ANY(${orderIds.slice(0, 200)})`;
  }
  // Raw orders only: service orders carry an append-only timeline.
  if (op === 12 && deletable.has(orderId) && orderIds.length > 300) {
    orderIds.splice(orderIds.indexOf(orderId), 1);
    return db.order.delete({ where: { id: orderId } });
  }
  // Writes the pools must ignore: reservations, notes, versions.
  if (line) await db.orderLine.update({ where: { id: line.id }, data: { reservedQuantity: 0 } });
  return db.order.update({ where: { id: orderId }, data: { notes: `n${r.int(0, 99)}`, version: { increment: 1 } } });
}

async function subscriptionsAndForecast(r: Rng, w: PoolWorld) {
  const db = t.db;
  for (let i = 0; i < 40; i++) {
    const zoneIndex = r.int(0, w.zones.length - 1);
    const status = r.pick(["ACTIVE", "ACTIVE", "ACTIVE", "PAUSED", "CANCELLED"] as const);
    const sub = await db.subscription.create({
      data: {
        hubId: w.hub.id, userId: `u${i}`, name: `Box ${i}`, cadence: r.chance(0.6) ? "WEEKLY" : "FORTNIGHTLY", status, zoneId: w.zones[zoneIndex]!.id, windowId: w.windows[zoneIndex]!.id,
        addressId: `a${i}`, paymentMethod: "PAY_ON_DELIVERY", anchorWeek: r.pick(["2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"]),
        pausedUntil: status === "PAUSED" && r.chance(0.7) ? new Date(Date.UTC(2026, 10, r.int(14, 40))) : null,
        lines: { create: randomLines(r, w, 3) },
      },
    });
    for (const week of w.weeks) {
      if (r.chance(0.15)) await db.subscriptionSkip.create({ data: { subscriptionId: sub.id, isoWeek: week } });
      else if (r.chance(0.15)) await db.subscriptionRenewal.create({ data: { hubId: w.hub.id, subscriptionId: sub.id, isoWeek: week, outcome: r.pick(["CREATED", "FAILED", "SKIPPED"] as const) } });
      else if (r.chance(0.15)) {
        const inWeek = w.slotsByZone.get(sub.zoneId)!.filter((s) => isoWeekOfDate(s.date) === week);
        if (inWeek.length === 0) continue;
        const slot = r.pick(inWeek);
        const order = await db.order.create({ data: rawOrderData(w, { slot, channel: "SUBSCRIPTION", subscriptionId: sub.id, status: r.chance(0.2) ? "CANCELLED" : "PLACED" }) });
        await db.orderLine.createMany({ data: randomLines(r, w, 2).map((l) => rawLineData(w.hub.id, order.id, l.skuId, l.quantity)) });
      }
    }
  }
  // A succeeded forecast run with a p50 for most series of each week (some far above what is known, some below).
  const run = await db.forecastRun.create({ data: { hubId: w.hub.id, asOfWeek: "2026-W46", status: "SUCCEEDED", finishedAt: new Date(), seriesCount: 1 } });
  const p50 = new Map<string, number>();
  const rows = w.weeks.flatMap((isoWeek, h) => w.skus.flatMap((sku) => w.zones.filter(() => r.chance(0.8)).map((zone) => {
    const value = Math.round(r.next() * 600) / 10;
    p50.set(`${isoWeek}|${sku.id}|${zone.id}`, value);
    return { runId: run.id, hubId: w.hub.id, skuId: sku.id, zoneId: zone.id, isoWeek, horizon: h + 1, method: "SEASONAL_NAIVE" as const, p10: value / 2, p50: value, p90: value * 2, confidence: 0.5 };
  })));
  await db.forecast.createMany({ data: rows });
  return p50;
}

/** After refreshPools: every open pool of the week has the brute-force projection and buffer, and every projected or forecast series has a pool. */
async function expectProjectionAndBuffer(w: PoolWorld, isoWeek: string, p50: Map<string, number>) {
  const projection = await recomputeProjection(t.db, w.hub.id, isoWeek);
  const known = await recomputeKnown(t.db, w.hub.id);
  const pools = await t.db.demandPool.findMany({ where: { hubId: w.hub.id, isoWeek } });
  const wrong = [];
  for (const p of pools) {
    const series = `${p.skuId}|${p.zoneId}`;
    const projected = projection.get(series) ?? 0;
    const k = known.get(`${isoWeek}|${series}`) ?? { ordered: 0, subscribed: 0, b2b: 0 };
    const buffer = Math.max(0, Math.round(p50.get(`${isoWeek}|${series}`) ?? 0) - (k.ordered + k.subscribed + k.b2b + projected));
    if (p.projectedSubscribedUnits !== projected || p.forecastBufferUnits !== buffer) wrong.push({ series, projected, buffer, pool: [p.projectedSubscribedUnits, p.forecastBufferUnits] });
  }
  expect(wrong).toEqual([]);
  const pooled = new Set(pools.map((p) => `${p.skuId}|${p.zoneId}`));
  const missing = [...projection.keys()].filter((s) => !pooled.has(s));
  const missingForecast = [...p50].filter(([k, v]) => k.startsWith(`${isoWeek}|`) && Math.round(v) > 0 && !pooled.has(k.slice(isoWeek.length + 1)));
  expect({ missing, missingForecast }).toEqual({ missing: [], missingForecast: [] });
  return pools.reduce((n, p) => n + p.projectedSubscribedUnits, 0);
}

describe("demand pools on randomized data", () => {
  it("equal a brute-force recomputation after services, raw writes, edits, cancellations, slot moves and line deletes", async () => {
    const r = prng(SEED);
    const w = await poolWorld(t.db);
    const db = t.db;

    // Through the services: checkout in every channel, edits of lines and slot (across weeks), cancellations.
    const placed: string[] = [];
    for (let i = 0; i < 30; i++) {
      const order = await placeOrder(w, { channel: r.pick(CHANNELS), slotId: r.pick(w.slots.slice(1)).id, lines: randomLines(r, w, 3) });
      placed.push(order.orderId);
    }
    for (let i = 0; i < 30; i++) {
      const orderId = r.pick(placed);
      const { version, status } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { version: true, status: true } });
      if (status === "CANCELLED") continue;
      const move = r.chance(0.5);
      await editOrder(w.customer, { orderId, version, ...(move ? { slotId: r.pick(w.slots.slice(1)).id } : {}), ...(!move || r.chance(0.5) ? { lines: randomLines(r, w, 4) } : {}) });
    }
    for (let i = 0; i < 6; i++) await cancelOrder(w.customer, { orderId: placed[i * 5]!, reason: "Plans changed" });
    expect(await knownMismatches(db, w.hub.id)).toEqual([]);

    // Raw writes: 400 orders and their lines in two multi-row statements.
    const raw = Array.from({ length: 400 }, () => rawOrderData(w, { id: randomUUID(), slot: r.pick(w.allSlots), channel: r.pick(CHANNELS), status: r.chance(0.1) ? "CANCELLED" : "PLACED" }));
    await db.order.createMany({ data: raw });
    await db.orderLine.createMany({ data: raw.flatMap((o) => randomLines(r, w, 4).map((l) => rawLineData(w.hub.id, o.id!, l.skuId, l.quantity))) });
    expect(await knownMismatches(db, w.hub.id)).toEqual([]);

    // 500 random writes, a third of them grouped 2-4 to a transaction.
    const orderIds = [...placed, ...raw.map((o) => o.id!)];
    const deletable = new Set(raw.map((o) => o.id!));
    for (let i = 0; i < 500; ) {
      if (r.chance(0.33)) {
        const n = r.int(2, 4);
        await db.$transaction(async (tx) => {
          for (let k = 0; k < n; k++) await randomWrite(r, w, tx, orderIds, deletable);
        });
        i += n;
      } else {
        await randomWrite(r, w, db, orderIds, deletable);
        i++;
      }
      if (i % 100 < 4) expect(await knownMismatches(db, w.hub.id)).toEqual([]);
    }
    expect(await knownMismatches(db, w.hub.id)).toEqual([]);
    const totals = [...(await recomputeKnown(db, w.hub.id)).values()].reduce((n, k) => n + k.ordered + k.subscribed + k.b2b, 0);
    expect(totals).toBeGreaterThan(2000);

    // Subscriptions (with skips, renewals, orders, pauses, cadences) and a forecast; refresh each week.
    const p50 = await subscriptionsAndForecast(r, w);
    expect(await knownMismatches(db, w.hub.id)).toEqual([]);
    let projected = 0;
    for (const isoWeek of w.weeks) {
      await refreshPools(db, { hubId: w.hub.id, isoWeek, now: w.now });
      projected += await expectProjectionAndBuffer(w, isoWeek, p50);
    }
    expect(projected).toBeGreaterThan(0);

    // More writes after the refresh; a second refresh brings projection and buffers up to date again, a third changes nothing.
    for (let i = 0; i < 60; i++) await randomWrite(r, w, db, orderIds, deletable);
    expect(await knownMismatches(db, w.hub.id)).toEqual([]);
    for (const isoWeek of w.weeks) {
      await refreshPools(db, { hubId: w.hub.id, isoWeek, now: w.now });
      await expectProjectionAndBuffer(w, isoWeek, p50);
      expect(await refreshPools(db, { hubId: w.hub.id, isoWeek, now: w.now })).toMatchObject({ created: 0, updated: 0 });
    }
  }, 300_000);
});
