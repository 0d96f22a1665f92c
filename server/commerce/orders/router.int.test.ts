// The orders router as real requests see it: a customer sees only their own orders (another's is
// NOT_FOUND, never FORBIDDEN, so numbers cannot be probed), staff see the hub's, roles are enforced.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs } from "../../testing/caller";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeUser } from "../../testing/factories";
import { orderWorld, placeOrder } from "../../testing/orders";

let tdb: TestDatabase;
beforeAll(async () => void (tdb = await createTestDatabase()), 60_000);
afterAll(async () => tdb.drop());

const codeOf = async (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));
const who = (ctx: { actor: { userId: string; membershipId: string } }) => ({ userId: ctx.actor.userId, membershipId: ctx.actor.membershipId });

describe("orders router", () => {
  it("a consumer lists and reads their own orders, and gets NOT_FOUND for another's", async () => {
    const w = await orderWorld(tdb.db, { now: new Date(Date.now() - 60_000) });
    // Slots relative to real time, since routers use the wall clock.
    const { number } = await placeOrder({ ...w, slots: w.slots }, { slotId: w.slots[5]!.id });
    const me = callerAs(tdb.db, who(w.customer));
    const list = await me.orders.mine.list({});
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ number, status: "PLACED", lineCount: 2 });
    const detail = await me.orders.mine.detail({ number });
    expect(detail.timeline.map((e) => e.title)).toContain("Order placed");
    expect(detail.timeline.find((e) => e.title === "Order placed")?.actor.name).toBe("You");
    expect(detail.customer).toBeNull();

    const other = await makeUser(tdb.db, w.hub.id, "CONSUMER");
    const stranger = callerAs(tdb.db, { userId: other.user.id, membershipId: other.membership.id });
    expect(await codeOf(stranger.orders.mine.detail({ number }))).toBe("NOT_FOUND");
    expect((await stranger.orders.mine.list({})).total).toBe(0);
    expect(await codeOf(stranger.orders.mine.cancel({ orderId: detail.id, reason: "Not mine at all" }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.orders.mine.edit({ orderId: detail.id, version: 1, slotId: w.slots[6]!.id }))).toBe("NOT_FOUND");
  });

  it("staff roles: planners read, support manages, warehouse fulfils; a consumer cannot use staff procedures", async () => {
    const w = await orderWorld(tdb.db, { now: new Date(Date.now() - 60_000) });
    const { number, orderId } = await placeOrder(w, { slotId: w.slots[5]!.id });
    const as = async (role: "PLANNER" | "SUPPORT" | "WAREHOUSE" | "CONSUMER") => {
      const u = await makeUser(tdb.db, w.hub.id, role);
      return callerAs(tdb.db, { userId: u.user.id, membershipId: u.membership.id });
    };
    const planner = await as("PLANNER");
    const list = await planner.orders.staff.list({ filters: { q: number } });
    expect(list.rows.map((r) => r.number)).toEqual([number]);
    expect((await planner.orders.staff.list({ filters: { q: w.customer.actor.email } })).total).toBe(1);
    expect((await planner.orders.staff.list({ filters: { status: "CANCELLED" } })).total).toBe(0);
    expect((await planner.orders.staff.detail({ number })).customer?.email).toBe(w.customer.actor.email);
    expect(await codeOf(planner.orders.staff.cancel({ orderId, reason: "Planner cannot" }))).toBe("FORBIDDEN");
    const warehouse = await as("WAREHOUSE");
    expect(await codeOf(warehouse.orders.staff.advance({ orderId, to: "CONFIRMED" }))).toBe("OK");
    const consumer = await as("CONSUMER");
    expect(await codeOf(consumer.orders.staff.list({}))).toBe("FORBIDDEN");
    const support = await as("SUPPORT");
    expect(await codeOf(support.orders.staff.cancel({ orderId, reason: "Customer asked by phone" }))).toBe("OK");
    expect((await support.orders.staff.detail({ number })).status).toBe("CANCELLED");
  });
});
