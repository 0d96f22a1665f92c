// Test data for subscriptions: a hub with stock, a zone with three weekly windows (two on Tuesday,
// one on Friday) and their slots, a household with an address in the zone, and a box template.
import type { Db } from "@/lib/db";
import type { ServiceContext } from "../../context";
import { makeHub } from "../../testing/factories";
import { contextAs, makeFarm, makeLocation, makeSku, receive } from "../../testing/inventory";
import { ensureSlots } from "../delivery";

/** Thursday 2026-12-03 13:00 Amsterdam: the first open Tuesday is 2026-12-08 (W50), cutoff Sunday 18:00 (17:00Z). */
export const WORLD_NOW = new Date("2026-12-03T12:00:00Z");
export const W50_CUTOFF = new Date("2026-12-06T17:00:00Z");

export async function subscriptionWorld(db: Db, opts: { now?: Date; stock?: number; capacity?: number } = {}) {
  const now = opts.now ?? WORLD_NOW;
  const clock = () => now;
  const hub = await makeHub(db);
  const warehouse = await makeLocation(db, hub.id);
  const farm = await makeFarm(db, hub.id);
  const staff = await contextAs(db, hub.id, "ADMIN", clock);
  const skus = [];
  for (const name of ["Carrots", "Beetroot", "Kale", "Apples", "Leeks"]) {
    const sku = await makeSku(db, hub.id, { name, shelfLifeDays: 30 });
    await db.price.create({ data: { hubId: hub.id, skuId: sku.id, channel: "RETAIL", amountMinor: 300, currency: "EUR", validFrom: new Date("2026-01-01T00:00:00Z") } });
    await receive(staff, { locationId: warehouse.id, skuId: sku.id, farmId: farm.id }, opts.stock ?? 100, 40);
    skus.push(sku);
  }
  const zone = await db.deliveryZone.create({ data: { hubId: hub.id, code: `Z-${hub.slug.slice(-6)}`, name: "Utrecht centre", postcodePrefixes: ["35"], fulfilmentLocationId: warehouse.id, cutoffDaysBefore: 2, cutoffTime: "18:00" } });
  const otherZone = await db.deliveryZone.create({ data: { hubId: hub.id, code: `Y-${hub.slug.slice(-6)}`, name: "Elsewhere", postcodePrefixes: ["99"], fulfilmentLocationId: warehouse.id } });
  await db.deliveryFeeRule.create({ data: { hubId: hub.id, zoneId: zone.id, minSubtotalMinor: 0, feeMinor: 0 } });
  const capacity = opts.capacity ?? 10;
  const tueAm = await db.deliveryWindow.create({ data: { hubId: hub.id, zoneId: zone.id, weekday: 2, startTime: "08:00", endTime: "12:00", capacity } });
  const tuePm = await db.deliveryWindow.create({ data: { hubId: hub.id, zoneId: zone.id, weekday: 2, startTime: "13:00", endTime: "17:00", capacity } });
  const friAm = await db.deliveryWindow.create({ data: { hubId: hub.id, zoneId: zone.id, weekday: 5, startTime: "08:00", endTime: "12:00", capacity } });
  const elsewhere = await db.deliveryWindow.create({ data: { hubId: hub.id, zoneId: otherZone.id, weekday: 2, startTime: "08:00", endTime: "12:00", capacity } });
  await ensureSlots(db, { hubId: hub.id, from: now, weeks: 6 });
  const template = await db.boxTemplate.create({
    data: {
      hubId: hub.id, code: "FAMILY-VEG", name: "Family veg box", priceMinor: 800,
      lines: { create: [{ skuId: skus[0]!.id, quantity: 2, position: 0 }, { skuId: skus[2]!.id, quantity: 1, position: 1 }] },
    },
    include: { lines: { orderBy: { position: "asc" } } },
  });
  await db.boxSwapOption.create({ data: { lineId: template.lines[0]!.id, skuId: skus[1]!.id } });
  const household = await household_(db, hub.id, clock);
  return { db, hub, now, clock, warehouse, farm, staff, skus, zone, otherZone, windows: { tueAm, tuePm, friAm, elsewhere }, template, household };
}

async function household_(db: Db, hubId: string, clock: () => Date) {
  const ctx = await contextAs(db, hubId, "CONSUMER", clock);
  const address = await db.address.create({ data: { hubId, userId: ctx.actor.userId, label: "Home", line1: "Oudegracht 1", city: "Utrecht", postcode: "3511 AA", country: "NL", latitude: 52.09, longitude: 5.12, isDefault: true } });
  return { ctx, address };
}

/** Another household in the same hub and zone. */
export const makeHousehold = (db: Db, hubId: string, clock: () => Date) => household_(db, hubId, clock);

export type SubscriptionWorld = Awaited<ReturnType<typeof subscriptionWorld>>;

/** The same context at another instant. */
export const at = (ctx: ServiceContext, when: Date): ServiceContext => ({ ...ctx, now: () => when });
