// Test data and oracles for pooling: a hub with three zones of slots over three weeks, raw order
// writers (the triggers must count every write path, not just the services), and brute-force
// recomputations in TypeScript of what every pool must hold.
import type { Db, DbOrTx } from "@/lib/db";
import { addDays, dateInWeek, isoWeekOfDate } from "@/lib/iso-week";
import { renewalDecision } from "../../commerce/subscriptions";
import { orderWorld } from "../../testing/orders";

/** Seeded PRNG (mulberry32): the same seed gives the same run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

export type PoolWorld = Awaited<ReturnType<typeof poolWorld>>;

/** orderWorld (its zone has daily slots for 10 days) plus two zones with daily slots for 17 days and a weekly window each; wholesale prices too. */
export async function poolWorld(db: Db, opts: { skus?: number; stock?: number } = {}) {
  const w = await orderWorld(db, { skus: opts.skus ?? 5, stock: opts.stock ?? 5000, capacity: 1000 });
  for (const sku of w.skus) {
    await db.price.create({ data: { hubId: w.hub.id, skuId: sku.id, channel: "WHOLESALE", amountMinor: 200, currency: "EUR", validFrom: new Date("2026-01-01T00:00:00Z") } });
  }
  const zones = [w.zone];
  const slots = new Map<string, typeof w.slots>([[w.zone.id, w.slots]]);
  for (const code of ["N", "S"]) {
    const zone = await db.deliveryZone.create({ data: { hubId: w.hub.id, code: `${code}${w.hub.slug.slice(-4)}`, name: `Zone ${code}`, postcodePrefixes: [code === "N" ? "36" : "37"], fulfilmentLocationId: w.warehouse.id } });
    const list = [];
    for (let d = 1; d <= 17; d++) {
      const date = addDays(new Date(`${w.now.toISOString().slice(0, 10)}T00:00:00Z`), d);
      const startsAt = new Date(date.getTime() + 9 * 3_600_000);
      list.push(await db.deliverySlot.create({ data: { hubId: w.hub.id, zoneId: zone.id, date, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), cutoffAt: new Date(date.getTime() - 86_400_000 + 18 * 3_600_000), capacity: 1000 } }));
    }
    zones.push(zone);
    slots.set(zone.id, list);
  }
  const windows = [];
  for (const [i, zone] of zones.entries()) {
    windows.push(await db.deliveryWindow.create({ data: { hubId: w.hub.id, zoneId: zone.id, weekday: 2 + 2 * i, startTime: "09:00", endTime: "12:00", capacity: 100 } }));
  }
  const allSlots = [...slots.values()].flat();
  const weeks = [...new Set(allSlots.map((s) => isoWeekOfDate(s.date)))].sort();
  return { ...w, zones, slotsByZone: slots, allSlots, windows, weeks };
}

type Slot = { id: string; zoneId: string; date: Date; cutoffAt: Date };
export type Channel = "STOREFRONT" | "SUBSCRIPTION" | "B2B" | "IMPORT";
let rawNumber = 0;

/** Data for an order row written straight to the table (no service): money fields are irrelevant here. */
export function rawOrderData(w: { hub: { id: string }; warehouse: { id: string } }, o: { slot: Slot; channel: Channel; status?: "PLACED" | "CONFIRMED" | "CANCELLED"; subscriptionId?: string | null; id?: string }) {
  return {
    ...(o.id ? { id: o.id } : {}),
    hubId: w.hub.id, number: `RAW-${++rawNumber}`, channel: o.channel, status: o.status ?? "PLACED", subscriptionId: o.subscriptionId ?? null,
    zoneId: o.slot.zoneId, slotId: o.slot.id, fulfilmentLocationId: w.warehouse.id, deliveryDate: o.slot.date, isoWeek: isoWeekOfDate(o.slot.date), cutoffAt: o.slot.cutoffAt,
    shipTo: {}, currency: "EUR", paymentMethod: "PAY_ON_DELIVERY" as const, subtotalMinor: 0, taxMinor: 0, totalMinor: 0,
  };
}

/** Data for an order line written straight to the table. */
export function rawLineData(hubId: string, orderId: string, skuId: string, quantity: number) {
  return { hubId, orderId, skuId, quantity, unitPriceMinor: 0, taxRateBasisPoints: 0, lineTotalMinor: 0, taxMinor: 0 };
}

export type Known = { ordered: number; subscribed: number; b2b: number };
const COLUMN: Record<Channel, keyof Known> = { STOREFRONT: "ordered", IMPORT: "ordered", SUBSCRIPTION: "subscribed", B2B: "b2b" };

/** Brute force: ordered / subscribed / B2B units per "isoWeek|skuId|zoneId" from every non-cancelled order's lines. */
export async function recomputeKnown(db: DbOrTx, hubId: string): Promise<Map<string, Known>> {
  const orders = await db.order.findMany({ where: { hubId, status: { not: "CANCELLED" } }, select: { isoWeek: true, zoneId: true, channel: true, lines: { select: { skuId: true, quantity: true } } } });
  const out = new Map<string, Known>();
  for (const o of orders) {
    for (const l of o.lines) {
      const key = `${o.isoWeek}|${l.skuId}|${o.zoneId}`;
      const k = out.get(key) ?? { ordered: 0, subscribed: 0, b2b: 0 };
      k[COLUMN[o.channel]] += l.quantity;
      out.set(key, k);
    }
  }
  return out;
}

/** The pools' ordered / subscribed / B2B units per "isoWeek|skuId|zoneId", all-zero pools left out. */
export async function poolKnown(db: DbOrTx, hubId: string): Promise<Map<string, Known>> {
  const pools = await db.demandPool.findMany({ where: { hubId }, select: { isoWeek: true, skuId: true, zoneId: true, orderedUnits: true, subscribedUnits: true, b2bUnits: true } });
  return new Map(
    pools
      .filter((p) => p.orderedUnits + p.subscribedUnits + p.b2bUnits > 0)
      .map((p) => [`${p.isoWeek}|${p.skuId}|${p.zoneId}`, { ordered: p.orderedUnits, subscribed: p.subscribedUnits, b2b: p.b2bUnits }]),
  );
}

/** Keys where the pools and the recomputation disagree, with both sides (empty when they agree). */
export async function knownMismatches(db: DbOrTx, hubId: string) {
  const [expected, actual] = await Promise.all([recomputeKnown(db, hubId), poolKnown(db, hubId)]);
  for (const [k, v] of expected) if (v.ordered + v.subscribed + v.b2b === 0) expected.delete(k);
  const keys = new Set([...expected.keys(), ...actual.keys()]);
  return [...keys].flatMap((key) => {
    const e = expected.get(key) ?? null;
    const a = actual.get(key) ?? null;
    return JSON.stringify(e) === JSON.stringify(a) ? [] : [{ key, expected: e, actual: a }];
  });
}

/**
 * Brute force: projected subscription units per "skuId|zoneId" for a week, by the renewal's own rule
 * (renewalDecision says CREATE) for subscriptions with no renewal record and no order in the week.
 */
export async function recomputeProjection(db: DbOrTx, hubId: string, isoWeek: string): Promise<Map<string, number>> {
  const subs = await db.subscription.findMany({
    where: { hubId },
    select: { id: true, status: true, cadence: true, anchorWeek: true, pausedUntil: true, zoneId: true, windowId: true, lines: { select: { skuId: true, quantity: true } }, skips: { where: { isoWeek }, select: { isoWeek: true } }, renewals: { where: { isoWeek }, select: { id: true } } },
  });
  const windows = new Map((await db.deliveryWindow.findMany({ where: { hubId }, select: { id: true, weekday: true } })).map((x) => [x.id, x.weekday]));
  const withOrder = new Set((await db.order.findMany({ where: { hubId, isoWeek, subscriptionId: { not: null } }, select: { subscriptionId: true } })).map((o) => o.subscriptionId));
  const out = new Map<string, number>();
  for (const s of subs) {
    const decision = renewalDecision({ ...s, skipped: s.skips.length > 0 }, isoWeek, dateInWeek(isoWeek, windows.get(s.windowId)!));
    if (decision.action !== "CREATE" || s.renewals.length > 0 || withOrder.has(s.id)) continue;
    for (const l of s.lines) out.set(`${l.skuId}|${s.zoneId}`, (out.get(`${l.skuId}|${s.zoneId}`) ?? 0) + l.quantity);
  }
  return out;
}
