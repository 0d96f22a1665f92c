// Acceptance: 200 concurrent checkouts for a slot with 50 places -> exactly 50 orders, over several
// Prisma clients (real separate connections); the 150 refusals leak no stock, code use or cart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../../context";
import { resolveActor } from "../../identity/actor";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeUser } from "../../testing/factories";
import { orderWorld } from "../../testing/orders";
import { placeOrder } from "./place-order";

let tdb: TestDatabase;
let pools: Db[] = [];
const POOLS = 4;

beforeAll(async () => {
  tdb = await createTestDatabase();
  pools = Array.from({ length: POOLS }, () => createDb(tdb.url, 30, { maxWaitMs: 120_000 }));
}, 60_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.$disconnect()));
  await tdb.drop();
});

async function outcome<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error };
  }
}

describe("slot capacity under concurrency", () => {
  it("200 concurrent checkouts for 50 places: exactly 50 orders, 150 clean CONFLICTs, nothing leaked", async () => {
    const w = await orderWorld(tdb.db, { stock: 1000, capacity: 50, skus: 2 });
    const slot = w.slots[4]!;
    await tdb.db.discountCode.create({ data: { hubId: w.hub.id, code: "RUSH10", kind: "PERCENT", percentBasisPoints: 1000, validFrom: new Date("2026-01-01T00:00:00Z"), perCustomerLimit: 1 } });
    // 200 households, each with a cart of 2 + 1 packs.
    const shoppers: ServiceContext[] = [];
    for (let i = 0; i < 200; i++) {
      const { user, membership } = await makeUser(tdb.db, w.hub.id, "CONSUMER");
      const actor = (await resolveActor(tdb.db, { userId: user.id, membershipId: membership.id }))!;
      await tdb.db.cart.create({
        data: { hubId: w.hub.id, token: `race-token-${i}-${user.id}`, userId: user.id, activeForUserId: user.id, lines: { create: [{ skuId: w.skus[0]!.id, quantity: 2, seenUnitPriceMinor: 300 }, { skuId: w.skus[1]!.id, quantity: 1, seenUnitPriceMinor: 300 }] } },
      });
      shoppers.push({ db: pools[i % POOLS]!, actor, now: w.clock });
    }
    const address = { name: "Household", line1: "Oudegracht 1", line2: null, city: "Utrecht", postcode: "3511 AA", country: "NL", latitude: 52.09, longitude: 5.12, save: false };

    const results = await Promise.all(shoppers.map((ctx) => outcome(placeOrder(ctx, { slotId: slot.id, address, paymentMethod: "PAY_ON_DELIVERY", discountCode: "rush10" }))));

    const ok = results.filter((r) => r.ok);
    const failed = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(50);
    expect(failed).toHaveLength(150);
    for (const r of failed) {
      expect(r.error).toBeInstanceOf(DomainError);
      expect((r.error as DomainError).code).toBe("CONFLICT");
      expect((r.error as DomainError).message).toBe("That delivery slot is full");
      expect((r.error as DomainError).fieldErrors?.slotId).toBeDefined();
    }
    const numbers = ok.map((r) => (r as { value: { number: string } }).value.number);
    expect(new Set(numbers).size).toBe(50);

    const db = tdb.db;
    expect((await db.deliverySlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(50);
    expect(await db.order.count({ where: { hubId: w.hub.id, slotId: slot.id } })).toBe(50);
    expect(await db.orderLine.count({ where: { hubId: w.hub.id } })).toBe(100);
    expect(await db.payment.count({ where: { order: { hubId: w.hub.id } } })).toBe(50);
    // Stock: exactly the winners' 150 packs reserved, under the winners' line references.
    const reserved = await db.stockBalance.aggregate({ where: { hubId: w.hub.id }, _sum: { reserved: true } });
    expect(reserved._sum.reserved).toBe(150);
    const lineIds = (await db.orderLine.findMany({ where: { hubId: w.hub.id }, select: { id: true } })).map((l) => `order-line:${l.id}`);
    expect(await db.reservation.count({ where: { hubId: w.hub.id, status: "ACTIVE", reference: { notIn: lineIds } } })).toBe(0);
    // The discount code: used exactly by the winners.
    const code = await db.discountCode.findFirstOrThrow({ where: { hubId: w.hub.id, code: "RUSH10" } });
    expect(code.timesUsed).toBe(50);
    expect(await db.discountRedemption.count({ where: { discountCodeId: code.id } })).toBe(50);
    // Carts: the winners' converted, the others still ready to order another slot.
    expect(await db.cart.count({ where: { hubId: w.hub.id, status: "CONVERTED" } })).toBe(50);
    expect(await db.cart.count({ where: { hubId: w.hub.id, status: "ACTIVE", lines: { some: {} } } })).toBe(150);
    expect(await db.outboxEvent.count({ where: { hubId: w.hub.id, name: "commerce/order.created" } })).toBe(50);
  }, 240_000);
});
