// Order lifecycle against PostgreSQL: cancel and edit give back or re-take exactly what they should,
// refusals change nothing, concurrent edits on one version let one win, the cutoff job confirms
// once, and delivery amounts follow the delivered quantities.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { at, orderWorld, placeOrder, type OrderWorld } from "../../testing/orders";
import { contextAs } from "../../testing/inventory";
import { advanceOrder, cancelOrder, confirmOrdersAtCutoff, editOrder, recordDelivery } from "./index";

let tdb: TestDatabase;
beforeAll(async () => void (tdb = await createTestDatabase()), 60_000);
afterAll(async () => tdb.drop());

async function rejects(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error("expected a rejection");
}

/** Everything an order holds or wrote, to compare before and after a refused command. */
async function snapshot(w: OrderWorld, orderId: string) {
  const db = w.db;
  return {
    order: await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, version: true, totalMinor: true, slotId: true, cutoffAt: true } }),
    lines: await db.orderLine.findMany({ where: { orderId }, select: { skuId: true, quantity: true, reservedQuantity: true }, orderBy: { skuId: "asc" } }),
    reserved: await db.stockBalance.aggregate({ where: { hubId: w.hub.id }, _sum: { reserved: true } }),
    booked: await db.deliverySlot.findMany({ where: { hubId: w.hub.id }, select: { id: true, booked: true }, orderBy: { id: "asc" } }),
    events: await db.outboxEvent.count({ where: { hubId: w.hub.id } }),
    edits: await db.orderEdit.count({ where: { orderId } }),
    transitions: await db.orderTransition.count({ where: { orderId } }),
  };
}
const reservedOf = async (w: OrderWorld) => (await w.db.stockBalance.aggregate({ where: { hubId: w.hub.id }, _sum: { reserved: true } }))._sum.reserved;
const booked = async (w: OrderWorld, slotId: string) => (await w.db.deliverySlot.findUniqueOrThrow({ where: { id: slotId } })).booked;

describe("cancelOrder", () => {
  it("a customer cancels before cutoff: slot place, stock, payment released; event and transition written", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId } = await placeOrder(w);
    expect(await reservedOf(w)).toBe(3);
    expect(await booked(w, w.slots[4]!.id)).toBe(1);
    const result = await cancelOrder(w.customer, { orderId, reason: "Away that week" });
    expect(result).toMatchObject({ status: "CANCELLED", alreadyCancelled: false });
    expect(await reservedOf(w)).toBe(0);
    expect(await booked(w, w.slots[4]!.id)).toBe(0);
    const order = await w.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true, transitions: { orderBy: { id: "asc" } } } });
    expect(order.cancelReason).toBe("Away that week");
    expect(order.payments.map((p) => p.status)).toEqual(["CANCELLED"]);
    expect(order.transitions.at(-1)).toMatchObject({ fromStatus: "PLACED", toStatus: "CANCELLED", actorKind: "customer", actorUserId: w.customer.actor.userId });
    expect(await w.db.outboxEvent.count({ where: { hubId: w.hub.id, name: "commerce/order.cancelled" } })).toBe(1);
    // Repeating it changes nothing more.
    expect(await cancelOrder(w.customer, { orderId, reason: "Away that week" })).toMatchObject({ alreadyCancelled: true });
    expect(await w.db.outboxEvent.count({ where: { hubId: w.hub.id, name: "commerce/order.cancelled" } })).toBe(1);
  });

  it("after cutoff a customer is refused with the hub-local closing time, and nothing changes; staff may still cancel", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId } = await placeOrder(w);
    const late = at(w.customer, new Date(w.slots[4]!.cutoffAt.getTime() + 60_000));
    const before = await snapshot(w, orderId);
    const error = await rejects(cancelOrder(late, { orderId, reason: "Too late" }));
    expect(error.code).toBe("INVALID_STATE");
    expect(error.message).toBe("Changes to this order closed on Thu 19 Nov at 19:00. Contact support if something is wrong.");
    expect(await snapshot(w, orderId)).toEqual(before);
    const support = await contextAs(tdb.db, w.hub.id, "SUPPORT", () => new Date(w.slots[4]!.cutoffAt.getTime() + 60_000));
    await cancelOrder(support, { orderId, reason: "Customer called" });
    expect((await w.db.orderTransition.findFirstOrThrow({ where: { orderId, toStatus: "CANCELLED" } })).actorKind).toBe("staff");
  });

  it("needs a reason, and another customer's order does not exist for them", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId } = await placeOrder(w);
    expect((await rejects(cancelOrder(w.customer, { orderId, reason: "" }))).fieldErrors?.reason).toBeTruthy();
    const stranger = await contextAs(tdb.db, w.hub.id, "CONSUMER", w.clock);
    expect((await rejects(cancelOrder(stranger, { orderId, reason: "Not mine" }))).code).toBe("NOT_FOUND");
  });
});

describe("editOrder", () => {
  it("changes quantities, adds and removes items, re-prices and re-reserves; records the edit", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId, totalMinor } = await placeOrder(w);
    expect(totalMinor).toBe(3 * 300 + 495);
    const lines = [{ skuId: w.skus[0]!.id, quantity: 5 }, { skuId: w.skus[2]!.id, quantity: 1 }];
    const result = await editOrder(w.customer, { orderId, version: 1, lines });
    expect(result).toMatchObject({ version: 2, totalBeforeMinor: 1395, totalAfterMinor: 6 * 300 + 495, changed: true });
    const order = await w.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, edits: true } });
    expect(order.lines.map((l) => [l.skuId, l.quantity, l.reservedQuantity]).sort()).toEqual([[w.skus[0]!.id, 5, 5], [w.skus[2]!.id, 1, 1]].sort());
    expect(await reservedOf(w)).toBe(6);
    for (const line of order.lines) expect(await w.db.reservation.aggregate({ where: { reference: `order-line:${line.id}`, status: "ACTIVE" }, _sum: { quantity: true } })).toEqual({ _sum: { quantity: line.quantity } });
    expect(order.edits).toHaveLength(1);
    expect(order.edits[0]).toMatchObject({ version: 1, totalBeforeMinor: 1395, totalAfterMinor: 2295 });
    expect(await w.db.outboxEvent.count({ where: { hubId: w.hub.id, name: "commerce/order.edited" } })).toBe(1);
  });

  it("moves the slot: takes the new place, gives the old one back, follows the new cutoff", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId } = await placeOrder(w);
    await editOrder(w.customer, { orderId, version: 1, slotId: w.slots[6]!.id });
    expect(await booked(w, w.slots[4]!.id)).toBe(0);
    expect(await booked(w, w.slots[6]!.id)).toBe(1);
    const order = await w.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({ slotId: w.slots[6]!.id, cutoffAt: w.slots[6]!.cutoffAt, deliveryDate: w.slots[6]!.date, version: 2 });
  });

  it("refusals change nothing: after cutoff (with a clear message), short stock (per-line field error), stale version, full slot", async () => {
    const w = await orderWorld(tdb.db, { stock: 10, capacity: 1 });
    const { orderId } = await placeOrder(w);
    const before = await snapshot(w, orderId);
    const late = at(w.customer, new Date(w.slots[4]!.cutoffAt.getTime()));
    const closed = await rejects(editOrder(late, { orderId, version: 1, lines: [{ skuId: w.skus[0]!.id, quantity: 1 }] }));
    expect(closed.code).toBe("INVALID_STATE");
    expect(closed.message).toMatch(/^Changes to this order closed on Thu 19 Nov at 19:00\. Contact support/);
    const short = await rejects(editOrder(w.customer, { orderId, version: 1, lines: [{ skuId: w.skus[0]!.id, quantity: 11 }] }));
    expect(short.code).toBe("INSUFFICIENT_STOCK");
    expect(short.fieldErrors?.[`lines.${w.skus[0]!.id}`]).toEqual(["Only 10 left"]);
    expect((await rejects(editOrder(w.customer, { orderId, version: 7, lines: [{ skuId: w.skus[0]!.id, quantity: 1 }] }))).code).toBe("CONFLICT");
    const other = await contextAs(tdb.db, w.hub.id, "CONSUMER", w.clock);
    await placeOrder(w, { ctx: other, customerUserId: other.actor.userId, slotId: w.slots[5]!.id, lines: [{ skuId: w.skus[2]!.id, quantity: 1 }] });
    const before2 = await snapshot(w, orderId);
    const full = await rejects(editOrder(w.customer, { orderId, version: 1, slotId: w.slots[5]!.id }));
    expect(full.code).toBe("CONFLICT");
    expect(full.fieldErrors?.slotId).toBeTruthy();
    expect(await snapshot(w, orderId)).toEqual(before2);
    expect(before2.order).toEqual(before.order);
  });

  it("an edit may not take the basket below the area's minimum", async () => {
    const w = await orderWorld(tdb.db);
    await w.db.deliveryZone.update({ where: { id: w.zone.id }, data: { minimumOrderMinor: 800 } });
    const { orderId } = await placeOrder(w);
    const error = await rejects(editOrder(w.customer, { orderId, version: 1, lines: [{ skuId: w.skus[0]!.id, quantity: 1 }] }));
    expect(error.fieldErrors?.lines?.[0]).toMatch(/^The minimum order for your area is €8\.00; this change would bring it to €3\.00\.$/);
    expect(await editOrder(w.customer, { orderId, version: 1, lines: [{ skuId: w.skus[0]!.id, quantity: 3 }] })).toMatchObject({ version: 2 });
  });

  it("two edits on the same version at once: one wins, the other is told to reload", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId } = await placeOrder(w);
    const results = await Promise.allSettled([
      editOrder(w.customer, { orderId, version: 1, lines: [{ skuId: w.skus[0]!.id, quantity: 3 }] }),
      editOrder(w.customer, { orderId, version: 1, lines: [{ skuId: w.skus[1]!.id, quantity: 4 }] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as DomainError).code).toBe("CONFLICT");
    const order = await w.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    expect(order.version).toBe(2);
    expect(await reservedOf(w)).toBe(order.lines.reduce((s, l) => s + l.quantity, 0));
    expect(await w.db.orderEdit.count({ where: { orderId } })).toBe(1);
  });
});

describe("confirmOrdersAtCutoff", () => {
  it("confirms placed orders whose cutoff passed, as the system, once", async () => {
    const w = await orderWorld(tdb.db);
    const due = await placeOrder(w, { slotId: w.slots[3]!.id });
    const later = await placeOrder(w, { slotId: w.slots[8]!.id });
    const cancelled = await placeOrder(w, { slotId: w.slots[3]!.id, lines: [{ skuId: w.skus[2]!.id, quantity: 1 }] });
    await cancelOrder(w.customer, { orderId: cancelled.orderId, reason: "Changed my mind" });
    const when = new Date(w.slots[3]!.cutoffAt.getTime() + 1);
    const first = await confirmOrdersAtCutoff(tdb.db, when);
    expect(first.confirmed).toBeGreaterThanOrEqual(1);
    const second = await confirmOrdersAtCutoff(tdb.db, when);
    expect(second.confirmed).toBe(0);
    const status = async (id: string) => (await w.db.order.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(due.orderId), await status(later.orderId), await status(cancelled.orderId)]).toEqual(["CONFIRMED", "PLACED", "CANCELLED"]);
    expect(await w.db.orderTransition.findMany({ where: { orderId: due.orderId, toStatus: "CONFIRMED" }, select: { actorKind: true, actorUserId: true } })).toEqual([{ actorKind: "system", actorUserId: null }]);
  });
});

describe("fulfilment and delivery", () => {
  async function dispatched(w: OrderWorld) {
    const { orderId } = await placeOrder(w, { lines: [{ skuId: w.skus[0]!.id, quantity: 4 }, { skuId: w.skus[1]!.id, quantity: 1 }], discountCode: null });
    const ops = at(w.staff, new Date(w.slots[4]!.cutoffAt.getTime() + 3_600_000));
    await confirmOrdersAtCutoff(tdb.db, ops.now());
    for (const to of ["ALLOCATED", "PICKING", "PACKED", "DISPATCHED"] as const) await advanceOrder(ops, { orderId, to });
    return { orderId, ops };
  }

  it("packing confirms picks and dispatching ships the stock", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId } = await dispatched(w);
    const lines = await w.db.orderLine.findMany({ where: { orderId } });
    const statuses = await w.db.reservation.findMany({ where: { reference: { in: lines.map((l) => `order-line:${l.id}`) } }, select: { status: true } });
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["SHIPPED"]));
    expect(await w.db.stockBalance.aggregate({ where: { hubId: w.hub.id }, _sum: { onHand: true, reserved: true } })).toEqual({ _sum: { onHand: 150 - 5, reserved: 0 } });
  });

  it("partial delivery: the amount follows delivered quantities; payments is told; event written", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId, ops } = await dispatched(w);
    const lines = await w.db.orderLine.findMany({ where: { orderId }, orderBy: { quantity: "desc" } });
    const result = await recordDelivery(ops, { orderId, lines: [{ lineId: lines[0]!.id, deliveredQuantity: 3 }, { lineId: lines[1]!.id, deliveredQuantity: 1 }] });
    expect(result).toMatchObject({ status: "PARTIALLY_DELIVERED", deliveredTotalMinor: 4 * 300 + 495 });
    const order = await w.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
    expect(order.deliveredTotalMinor).toBe(1695);
    expect(order.payments[0]).toMatchObject({ status: "DUE", dueMinor: 1695 });
    expect(await w.db.outboxEvent.count({ where: { hubId: w.hub.id, name: "commerce/order.delivered" } })).toBe(1);
    // A retried submission returns what was recorded.
    expect(await recordDelivery(ops, { orderId, lines: [{ lineId: lines[0]!.id, deliveredQuantity: 3 }, { lineId: lines[1]!.id, deliveredQuantity: 1 }] })).toMatchObject({ alreadyRecorded: true, deliveredTotalMinor: 1695 });
  });

  it("nothing delivered is a failed delivery with nothing owed; more than ordered is a field error", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId, ops } = await dispatched(w);
    const lines = await w.db.orderLine.findMany({ where: { orderId }, orderBy: { quantity: "desc" } });
    const tooMany = await rejects(recordDelivery(ops, { orderId, lines: [{ lineId: lines[0]!.id, deliveredQuantity: 9 }, { lineId: lines[1]!.id, deliveredQuantity: 1 }] }));
    expect(tooMany.fieldErrors?.[`lines.${lines[0]!.id}.deliveredQuantity`]).toEqual(["At most 4 (the ordered quantity)"]);
    expect(await recordDelivery(ops, { orderId, lines: lines.map((l) => ({ lineId: l.id, deliveredQuantity: 0 })) })).toMatchObject({ status: "FAILED", deliveredTotalMinor: 0 });
    expect((await w.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("FAILED");
  });

  it("a customer cannot advance orders, and delivery outcomes need recordDelivery", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId, ops } = await dispatched(w);
    expect((await rejects(advanceOrder(w.customer, { orderId, to: "DELIVERED" }))).code).toBe("INVALID_STATE");
    expect((await rejects(advanceOrder(w.customer, { orderId, to: "CLOSED" }))).code).toBe("FORBIDDEN");
    expect((await rejects(advanceOrder(ops, { orderId, to: "DELIVERED" }))).message).toMatch(/Record the delivered quantities/);
  });
});
