// Test data for orders: a hub with a warehouse, SKUs with retail prices and stock, a delivery zone
// with slots, a consumer, and orders placed through the real createOrder (the one way orders exist).
import type { Db } from "@/lib/db";
import { addDays } from "@/lib/iso-week";
import type { ServiceContext } from "../context";
import { createOrder, type CreateOrderInput } from "../commerce/checkout";
import { makeHub } from "./factories";
import { contextAs, makeFarm, makeLocation, makeSku, receive } from "./inventory";

export type OrderWorld = Awaited<ReturnType<typeof orderWorld>>;

/** A hub ready to take orders; `now` pins every context's clock. Slots: one per day for `days` days, cutoff 2 days before at 18:00 UTC. */
export async function orderWorld(db: Db, opts: { now?: Date; stock?: number; skus?: number; priceMinor?: number; capacity?: number } = {}) {
  const now = opts.now ?? new Date("2026-11-16T09:00:00Z");
  const clock = () => now;
  const hub = await makeHub(db);
  const warehouse = await makeLocation(db, hub.id);
  const farm = await makeFarm(db, hub.id);
  const staff = await contextAs(db, hub.id, "ADMIN", clock);
  const skus = [];
  for (let i = 0; i < (opts.skus ?? 3); i++) {
    const sku = await makeSku(db, hub.id, { name: `Veg ${i + 1}`, shelfLifeDays: 30 });
    await db.price.create({ data: { hubId: hub.id, skuId: sku.id, channel: "RETAIL", amountMinor: opts.priceMinor ?? 300, currency: "EUR", validFrom: new Date("2026-01-01T00:00:00Z") } });
    await receive(staff, { locationId: warehouse.id, skuId: sku.id, farmId: farm.id }, opts.stock ?? 50, 30);
    skus.push(sku);
  }
  const zone = await db.deliveryZone.create({ data: { hubId: hub.id, code: `Z${hub.slug.slice(-4)}`, name: "Test town", postcodePrefixes: ["35"], fulfilmentLocationId: warehouse.id } });
  await db.deliveryFeeRule.createMany({ data: [{ hubId: hub.id, zoneId: zone.id, minSubtotalMinor: 0, feeMinor: 495 }, { hubId: hub.id, zoneId: zone.id, minSubtotalMinor: 5000, feeMinor: 0 }] });
  const slots = [];
  for (let d = 1; d <= 10; d++) {
    const date = addDays(new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`), d);
    const startsAt = new Date(date.getTime() + 8 * 3_600_000);
    slots.push(await db.deliverySlot.create({ data: { hubId: hub.id, zoneId: zone.id, date, startsAt, endsAt: new Date(startsAt.getTime() + 4 * 3_600_000), cutoffAt: new Date(date.getTime() - 2 * 86_400_000 + 18 * 3_600_000), capacity: opts.capacity ?? 10 } }));
  }
  const customer = await contextAs(db, hub.id, "CONSUMER", clock);
  return { db, hub, now, clock, warehouse, farm, staff, skus, zone, slots, customer };
}

/** Places an order through createOrder as `ctx` (the world's customer by default), pay on delivery. */
export async function placeOrder(w: OrderWorld, over: Partial<CreateOrderInput> & { ctx?: ServiceContext } = {}) {
  const ctx = over.ctx ?? w.customer;
  const input: CreateOrderInput = {
    channel: "STOREFRONT", customerUserId: ctx.actor.userId, slotId: over.slotId ?? w.slots[4]!.id,
    address: { name: "Test Customer", line1: "Oudegracht 1", city: "Utrecht", postcode: "3511 AA", country: "NL", latitude: 52.09, longitude: 5.12 },
    lines: [{ skuId: w.skus[0]!.id, quantity: 2 }, { skuId: w.skus[1]!.id, quantity: 1 }],
    paymentMethod: "PAY_ON_DELIVERY", allowShortfall: false, actorKind: "customer",
    ...over,
  };
  return w.db.$transaction((tx) => createOrder(tx, { ...ctx, db: tx }, input));
}

/** A context for the same world acting at another time. */
export const at = (ctx: ServiceContext, when: Date): ServiceContext => ({ ...ctx, now: () => when });
