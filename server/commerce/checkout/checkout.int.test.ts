// Cart, validation, discount limits and checkout refusals against a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../../context";
import { resolveActor } from "../../identity/actor";
import { createCaller } from "../../root";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeUser } from "../../testing/factories";
import { orderWorld, type OrderWorld } from "../../testing/orders";
import { createTRPCContext, type CookieJar } from "../../trpc";
import { ensureSlots } from "../delivery/slots";
import { setSlotCapacity } from "../delivery/admin";
import { releaseRedemption } from "../promotions/service";
import { placeOrder } from "./place-order";

let tdb: TestDatabase;
let db: Db;
beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
}, 60_000);
afterAll(() => tdb.drop());

/** A browser: a cookie jar that keeps what the server sets, and a session when signed in. */
function browser(world: OrderWorld) {
  const jar = new Map<string, string>();
  const cookies: CookieJar = { get: (n) => jar.get(n), set: (n, v) => void jar.set(n, v) };
  let session: { userId: string; membershipId: string } | null = null;
  return {
    jar,
    signIn: (who: { userId: string; membershipId: string }) => void (session = who),
    caller: () => createCaller(createTRPCContext({ db, session, cookies, now: world.clock })),
  };
}

async function consumer(w: OrderWorld): Promise<ServiceContext & { who: { userId: string; membershipId: string } }> {
  const { user, membership } = await makeUser(db, w.hub.id, "CONSUMER");
  const actor = (await resolveActor(db, { userId: user.id, membershipId: membership.id }))!;
  return { db, actor, now: w.clock, who: { userId: user.id, membershipId: membership.id } };
}

const ADDRESS = { name: "Household", line1: "Oudegracht 1", line2: null, city: "Utrecht", postcode: "3511 AA", country: "NL", latitude: 52.09, longitude: 5.12, save: false };

async function snapshot(hubId: string, slotId: string) {
  const [orders, reservations, slot, redemptions, carts] = await Promise.all([
    db.order.count({ where: { hubId } }),
    db.reservation.count({ where: { hubId, status: "ACTIVE" } }),
    db.deliverySlot.findUniqueOrThrow({ where: { id: slotId }, select: { booked: true } }),
    db.discountRedemption.count({ where: { hubId } }),
    db.cart.count({ where: { hubId, status: "ACTIVE" } }),
  ]);
  return { orders, reservations, booked: slot.booked, redemptions, carts };
}

describe("guest cart", () => {
  it("keeps a guest's cart by cookie and merges it into the user's cart on sign-in, capped by stock", async () => {
    const w = await orderWorld(db, { stock: 5, skus: 2 });
    const b = browser(w);
    await b.caller().cart.add({ skuId: w.skus[0]!.id, quantity: 4 });
    await b.caller().cart.add({ skuId: w.skus[1]!.id, quantity: 1 });
    expect(b.jar.get("furrow_cart")).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect((await b.caller().cart.count()).count).toBe(5);

    const shopper = await consumer(w);
    // The user already had 3 of the first SKU: 3 + 4 is capped at the 5 available.
    const own = await db.cart.create({ data: { hubId: w.hub.id, token: `own-${shopper.actor.userId}`, userId: shopper.actor.userId, activeForUserId: shopper.actor.userId } });
    await db.cartLine.create({ data: { cartId: own.id, skuId: w.skus[0]!.id, quantity: 3, seenUnitPriceMinor: 300 } });
    b.signIn(shopper.who);
    // The first thing after signing in may be checkout itself: it merges the guest cart too.
    expect((await b.caller().checkout.preview({})).cart.lines.map((l) => l.quantity)).toEqual([5, 1]);
    const view = await b.caller().cart.get({});
    expect(view.lines.map((l) => [l.skuId, l.quantity])).toEqual([[w.skus[0]!.id, 5], [w.skus[1]!.id, 1]]);
    expect(await db.cart.count({ where: { hubId: w.hub.id, status: "MERGED", userId: shopper.actor.userId } })).toBe(1);
    // Merging again (another request with the same cookie) changes nothing.
    expect((await b.caller().cart.get({})).count).toBe(6);
    expect(await db.cart.count({ where: { hubId: w.hub.id, activeForUserId: shopper.actor.userId } })).toBe(1);
  });

  it("reports stock, price changes, inactive SKUs and the zone minimum", async () => {
    const w = await orderWorld(db, { stock: 3, skus: 3 });
    const b = browser(w);
    // Guests shop in the storefront hub (the oldest one here): act as a consumer of this world's hub.
    b.signIn((await consumer(w)).who);
    await b.caller().cart.add({ skuId: w.skus[0]!.id, quantity: 5 });
    await b.caller().cart.add({ skuId: w.skus[1]!.id, quantity: 1 });
    await b.caller().cart.add({ skuId: w.skus[2]!.id, quantity: 1 });
    await db.price.updateMany({ where: { skuId: w.skus[1]!.id }, data: { amountMinor: 350 } });
    await db.sku.update({ where: { id: w.skus[2]!.id }, data: { active: false } });
    await db.deliveryZone.update({ where: { id: w.zone.id }, data: { minimumOrderMinor: 10_000 } });
    const view = await b.caller().cart.get({ postcode: "3511AA" });
    expect(view.lines.map((l) => l.problems)).toEqual([["SHORT"], ["PRICE_CHANGED"], ["INACTIVE"]]);
    expect(view.lines[0]!.available).toBe(3);
    expect(view.belowMinimumMinor).toBe(10_000);
    expect(view.canCheckout).toBe(false);
    expect((await b.caller().cart.get({ postcode: "1011AA" })).postcodeUnknown).toBe(true);
    await b.caller().cart.acceptPrices();
    expect((await b.caller().cart.get({})).lines[1]!.problems).toEqual([]);
    await expect(b.caller().cart.add({ skuId: w.skus[2]!.id, quantity: 1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("placeOrder", () => {
  it("places the cart: slot place, stock, payment, totals, the cart converted", async () => {
    const w = await orderWorld(db, { stock: 20, skus: 2 });
    const c = await consumer(w);
    const b = browser(w);
    b.signIn(c.who);
    await b.caller().cart.add({ skuId: w.skus[0]!.id, quantity: 2 });
    await b.caller().cart.add({ skuId: w.skus[1]!.id, quantity: 1 });
    const preview = await b.caller().checkout.preview({ postcode: "3511 AA", slotId: w.slots[4]!.id });
    expect(preview.totals).toMatchObject({ subtotalMinor: 900, deliveryFeeMinor: 495, totalMinor: 1395 });
    const placed = await b.caller().checkout.place({ slotId: w.slots[4]!.id, address: { ...ADDRESS, save: true }, paymentMethod: "PAY_ON_DELIVERY" });
    expect(placed.number).toMatch(/^FR-\d{7}$/);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: true, payments: true } });
    expect(order).toMatchObject({ status: "PLACED", channel: "STOREFRONT", subtotalMinor: 900, deliveryFeeMinor: 495, totalMinor: 1395, paymentMethod: "PAY_ON_DELIVERY", customerUserId: c.actor.userId });
    expect(order.lines.reduce((s, l) => s + l.reservedQuantity, 0)).toBe(3);
    expect(order.payments[0]!.status).toBe("AWAITING_DELIVERY");
    expect(order.addressId).not.toBeNull();
    expect((await db.deliverySlot.findUniqueOrThrow({ where: { id: w.slots[4]!.id } })).booked).toBe(1);
    expect((await b.caller().cart.count()).count).toBe(0);
    const confirmation = await b.caller().checkout.confirmation({ number: placed.number });
    expect(confirmation).toMatchObject({ number: placed.number, totalMinor: 1395, lineCount: 2 });
  });

  it("refuses with field errors and writes nothing", async () => {
    const w = await orderWorld(db, { stock: 4, skus: 2, capacity: 1 });
    const c = await consumer(w);
    const slot = w.slots[4]!;
    const refuse = async (input: Record<string, unknown>, field: string) => {
      const before = await snapshot(w.hub.id, slot.id);
      const error = await placeOrder(c, { slotId: slot.id, address: ADDRESS, paymentMethod: "PAY_ON_DELIVERY", ...input }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(Object.keys((error as DomainError).fieldErrors ?? {})).toContain(field);
      expect(await snapshot(w.hub.id, slot.id)).toEqual(before);
      return error as DomainError;
    };
    await refuse({}, "cart");
    const cart = await db.cart.create({ data: { hubId: w.hub.id, token: `t-${c.actor.userId}`, userId: c.actor.userId, activeForUserId: c.actor.userId } });
    await db.cartLine.create({ data: { cartId: cart.id, skuId: w.skus[0]!.id, quantity: 5, seenUnitPriceMinor: 300 } });
    expect((await refuse({}, `lines.${w.skus[0]!.id}`)).fieldErrors![`lines.${w.skus[0]!.id}`]).toEqual(["Only 4 left"]);
    await db.cartLine.updateMany({ where: { cartId: cart.id }, data: { quantity: 2, seenUnitPriceMinor: 250 } });
    expect((await refuse({}, `lines.${w.skus[0]!.id}`)).message).toMatch(/prices have changed/);
    await db.cartLine.updateMany({ where: { cartId: cart.id }, data: { seenUnitPriceMinor: 300 } });
    await db.deliveryZone.update({ where: { id: w.zone.id }, data: { minimumOrderMinor: 5000 } });
    await refuse({}, "cart");
    await db.deliveryZone.update({ where: { id: w.zone.id }, data: { minimumOrderMinor: 0 } });
    await refuse({ address: { ...ADDRESS, postcode: "1011 AA" } }, "address.postcode");
    await refuse({ discountCode: "NOPE" }, "discountCode");
    await db.discountCode.create({ data: { hubId: w.hub.id, code: "BIG", kind: "FIXED", amountMinor: 500, minimumSubtotalMinor: 10_000, validFrom: new Date("2026-01-01") } });
    await refuse({ discountCode: "big" }, "discountCode");
    // A slot closed for orders (cutoff passed) and a full one.
    expect((await refuse({ slotId: w.slots[0]!.id }, "slotId")).code).toBe("INVALID_STATE");
    await db.deliverySlot.update({ where: { id: slot.id }, data: { booked: 1 } });
    expect((await refuse({}, "slotId")).code).toBe("CONFLICT");
  });
});

describe("discount limits", () => {
  it("a code limited to 5 uses is redeemed exactly 5 times by 20 concurrent checkouts; cancel gives a use back", async () => {
    const w = await orderWorld(db, { stock: 200, skus: 1, capacity: 100 });
    await db.discountCode.create({ data: { hubId: w.hub.id, code: "FIVE", kind: "FIXED", amountMinor: 100, usageLimit: 5, validFrom: new Date("2026-01-01") } });
    const shoppers = [];
    for (let i = 0; i < 20; i++) {
      const c = await consumer(w);
      await db.cart.create({ data: { hubId: w.hub.id, token: `d-${i}-${c.actor.userId}`, userId: c.actor.userId, activeForUserId: c.actor.userId, lines: { create: [{ skuId: w.skus[0]!.id, quantity: 1, seenUnitPriceMinor: 300 }] } } });
      shoppers.push(c);
    }
    const results = await Promise.allSettled(shoppers.map((c) => placeOrder(c, { slotId: w.slots[4]!.id, address: ADDRESS, paymentMethod: "PAY_ON_DELIVERY", discountCode: "five" })));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(5);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason.fieldErrors.discountCode).toEqual(["This code has been used up."]);
    const code = await db.discountCode.findFirstOrThrow({ where: { hubId: w.hub.id, code: "FIVE" } });
    expect(code.timesUsed).toBe(5);
    expect((await db.deliverySlot.findUniqueOrThrow({ where: { id: w.slots[4]!.id } })).booked).toBe(5);
    const orderId = (ok[0] as PromiseFulfilledResult<{ orderId: string }>).value.orderId;
    expect(await releaseRedemption(db, { orderId })).toEqual({ released: true });
    expect(await releaseRedemption(db, { orderId })).toEqual({ released: false });
    expect((await db.discountCode.findUniqueOrThrow({ where: { id: code.id } })).timesUsed).toBe(4);
  });
});

describe("slots", () => {
  it("ensureSlots creates 4 weeks of slots once, in hub-local time; capacity never goes below booked", async () => {
    const w = await orderWorld(db, { skus: 1 });
    const window = await db.deliveryWindow.create({ data: { hubId: w.hub.id, zoneId: w.zone.id, weekday: 2, startTime: "08:00", endTime: "12:00", capacity: 40 } });
    await db.deliveryWindow.create({ data: { hubId: w.hub.id, zoneId: w.zone.id, weekday: 5, startTime: "17:00", endTime: "21:00", capacity: 30 } });
    const from = new Date("2026-11-16T09:00:00Z");
    expect(await ensureSlots(db, { hubId: w.hub.id, from, weeks: 4 })).toBe(8);
    expect(await ensureSlots(db, { hubId: w.hub.id, from, weeks: 4 })).toBe(0);
    const tuesday = await db.deliverySlot.findFirstOrThrow({ where: { windowId: window.id }, orderBy: { startsAt: "asc" } });
    expect(tuesday.startsAt.toISOString()).toBe("2026-11-17T07:00:00.000Z");
    expect(tuesday.cutoffAt.toISOString()).toBe("2026-11-15T17:00:00.000Z");
    await db.deliverySlot.update({ where: { id: tuesday.id }, data: { booked: 12 } });
    const staff = { ...w.staff, now: w.clock };
    await expect(setSlotCapacity(staff, { slotId: tuesday.id, capacity: 11 })).rejects.toMatchObject({ fieldErrors: { capacity: ["12 places are already booked; capacity cannot go below that"] } });
    expect(await setSlotCapacity(staff, { slotId: tuesday.id, capacity: 12 })).toMatchObject({ capacity: 12, booked: 12 });
  });
});
