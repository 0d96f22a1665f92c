// Inventory use-cases end to end against PostgreSQL: what each command writes, what it refuses,
// and that a refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import { callerAs } from "../testing/caller";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { fieldErrorsFrom } from "../testing/errors";
import { makeHub, makeUser } from "../testing/factories";
import { contextAs, makeFarm, makeLocation, makeSku, receive } from "../testing/inventory";
import { acknowledgeAlert } from "./service/alerts";
import { decideAdjustment, requestAdjustment } from "./service/adjustments";
import { confirmPick, deliverReservations, shipReservations } from "./service/fulfil";
import { recordCheckpoint, recordLabResult } from "./service/lot-records";
import { receiveLot } from "./service/receive";
import { scanExpiringLots } from "./service/expiry";
import { findBalanceDrift } from "./service/rebuild";
import { releaseReservations, reserveStock } from "./service/reserve";
import { cancelTransfer, createTransfer, receiveTransfer } from "./service/transfers";

let tdb: TestDatabase;
beforeAll(async () => void (tdb = await createTestDatabase()), 60_000);
afterAll(async () => tdb.drop());

async function world(opts: { lowStockThreshold?: number } = {}) {
  const hub = await makeHub(tdb.db);
  const ctx = await contextAs(tdb.db, hub.id, "WAREHOUSE");
  const [sku, farm, warehouse, shop] = await Promise.all([makeSku(tdb.db, hub.id, opts), makeFarm(tdb.db, hub.id), makeLocation(tdb.db, hub.id), makeLocation(tdb.db, hub.id, "VENDOR_SHOP")]);
  const at = { locationId: warehouse.id, skuId: sku.id, farmId: farm.id };
  return { hub, ctx, sku, farm, warehouse, shop, at };
}
const balance = (locationId: string, lotId: string) => tdb.db.stockBalance.findUnique({ where: { locationId_lotId: { locationId, lotId } }, select: { onHand: true, reserved: true } });
const counts = async (hubId: string) => ({
  movements: await tdb.db.stockMovement.count({ where: { hubId } }),
  reservations: await tdb.db.reservation.count({ where: { hubId } }),
  adjustments: await tdb.db.stockAdjustment.count({ where: { hubId } }),
  transfers: await tdb.db.stockTransfer.count({ where: { hubId } }),
  lots: await tdb.db.lot.count({ where: { hubId } }),
});
async function rejects(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error("expected a rejection");
}

describe("receive", () => {
  it("creates the lot with best-before from shelf life, a RECEIVE movement, a checkpoint and an event", async () => {
    const { ctx, at, farm, hub } = await world();
    const { lotId, code } = await receive(ctx, at, 40, 5);
    const lot = await tdb.db.lot.findUniqueOrThrow({ where: { id: lotId } });
    expect(lot.clusterId).toBe(farm.parentId);
    expect(code).toMatch(/^L\d{6}-0001$/);
    expect(await balance(at.locationId, lotId)).toEqual({ onHand: 40, reserved: 0 });
    expect(await tdb.db.handlingCheckpoint.count({ where: { lotId, kind: "RECEIVED" } })).toBe(1);
    expect(await tdb.db.outboxEvent.count({ where: { hubId: hub.id, name: "inventory/stock.received" } })).toBe(1);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const { ctx, at, hub } = await world();
    const before = await counts(hub.id);
    const negative = await rejects(receive(ctx, at, -5, 5));
    expect(negative.code).toBe("VALIDATION");
    expect(negative.fieldErrors?.quantity?.[0]).toMatch(/more than zero/);
    const unknownSku = await rejects(receive(ctx, { ...at, skuId: "nope" }, 5, 5));
    expect(unknownSku.fieldErrors).toEqual({ skuId: ["Unknown SKU"] });
    const future = await rejects(receiveLot(ctx, { ...at, quantity: 5, grade: "EXTRA", harvestedAt: new Date(Date.now() + 2 * 86_400_000) }));
    expect(future.fieldErrors?.harvestedAt?.[0]).toMatch(/future/);
    expect(await counts(hub.id)).toEqual(before);
  });
});

describe("reserve, pick, ship, deliver", () => {
  it("reserves FEFO, repeats safely, picks short (releasing the rest), ships and delivers into a shop", async () => {
    const { ctx, at, shop, hub } = await world();
    const late = await receive(ctx, at, 10, 9);
    const early = await receive(ctx, at, 4, 2);
    const first = await reserveStock(ctx, { locationId: at.locationId, skuId: at.skuId, quantity: 6, reference: "order-1/line-1" });
    expect(first.reservations.map((r) => [r.lotId, r.quantity])).toEqual([[early.lotId, 4], [late.lotId, 2]]);
    const again = await reserveStock(ctx, { locationId: at.locationId, skuId: at.skuId, quantity: 6, reference: "order-1/line-1" });
    expect(again.reservations.map((r) => r.id).sort()).toEqual(first.reservations.map((r) => r.id).sort());

    const tooMany = await rejects(confirmPick(ctx, { reservationId: first.reservations[0]!.id, quantity: 5 }));
    expect(tooMany.fieldErrors?.quantity?.[0]).toMatch(/Only 4 units are reserved/);
    expect(await rejects(shipReservations(ctx, { reference: "order-1/line-1" }))).toMatchObject({ code: "INVALID_STATE" });
    await confirmPick(ctx, { reservationId: first.reservations[0]!.id, quantity: 3 });
    await confirmPick(ctx, { reservationId: first.reservations[1]!.id, quantity: 2 });
    expect(await balance(at.locationId, early.lotId)).toEqual({ onHand: 4, reserved: 3 });
    expect(await shipReservations(ctx, { reference: "order-1/line-1" })).toEqual({ shipped: 5 });
    expect(await balance(at.locationId, early.lotId)).toEqual({ onHand: 1, reserved: 0 });
    expect(await deliverReservations(ctx, { reference: "order-1/line-1", destinationLocationId: shop.id })).toEqual({ delivered: 5 });
    expect(await balance(shop.id, early.lotId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await findBalanceDrift(tdb.db, hub.id)).toEqual([]);
  });

  it("never reserves expired lots, says how much is left, and releases exactly once", async () => {
    const { ctx, at, hub } = await world();
    await receive(ctx, at, 50, -1);
    await receive(ctx, at, 5, 3);
    const error = await rejects(reserveStock(ctx, { locationId: at.locationId, skuId: at.skuId, quantity: 6, reference: "r" }));
    expect(error.code).toBe("INSUFFICIENT_STOCK");
    expect(error.message).toBe("Only 5 units available; 6 requested.");
    const partial = await reserveStock(ctx, { locationId: at.locationId, skuId: at.skuId, quantity: 6, reference: "r2", allowPartial: true });
    expect(partial.reservations.reduce((s, r) => s + r.quantity, 0)).toBe(5);
    expect(await releaseReservations(ctx, { reference: "r2" })).toEqual({ released: 5 });
    expect(await releaseReservations(ctx, { reference: "r2" })).toEqual({ released: 0 });
    expect(await findBalanceDrift(tdb.db, hub.id)).toEqual([]);
  });
});

describe("adjustments", () => {
  it("applies small ones at once and holds large ones for a second person", async () => {
    const { ctx, at, hub } = await world();
    const { lotId } = await receive(ctx, at, 100, 5);
    const small = await requestAdjustment(ctx, { locationId: at.locationId, lotId, delta: -3, reason: "DAMAGED" });
    expect(small.status).toBe("APPLIED");
    expect(await tdb.db.stockMovement.findFirst({ where: { adjustmentId: small.adjustmentId } })).toMatchObject({ kind: "WASTE", onHandDelta: -3 });

    const large = await requestAdjustment(ctx, { locationId: at.locationId, lotId, delta: -40, reason: "COUNT_CORRECTION", note: "Recount after stocktake" });
    expect(large).toMatchObject({ status: "PENDING_APPROVAL", threshold: 25 });
    expect(await balance(at.locationId, lotId)).toEqual({ onHand: 97, reserved: 0 });
    const self = await rejects(decideAdjustment(ctx, { adjustmentId: large.adjustmentId, decision: "APPROVE" }));
    expect(self.code).toBe("FORBIDDEN");
    const second = await contextAs(tdb.db, hub.id, "WAREHOUSE");
    expect(await decideAdjustment(second, { adjustmentId: large.adjustmentId, decision: "APPROVE" })).toEqual({ adjustmentId: large.adjustmentId, status: "APPLIED" });
    expect(await decideAdjustment(second, { adjustmentId: large.adjustmentId, decision: "APPROVE" })).toMatchObject({ status: "APPLIED" });
    expect(await rejects(decideAdjustment(second, { adjustmentId: large.adjustmentId, decision: "REJECT" }))).toMatchObject({ code: "INVALID_STATE" });
    expect(await balance(at.locationId, lotId)).toEqual({ onHand: 57, reserved: 0 });
    expect(await tdb.db.auditLog.count({ where: { targetId: large.adjustmentId, action: "inventory.adjustment.approved" } })).toBe(1);
  });

  it("cannot remove reserved units and checks the reason against the sign", async () => {
    const { ctx, at, hub } = await world();
    const { lotId } = await receive(ctx, at, 10, 5);
    await reserveStock(ctx, { locationId: at.locationId, skuId: at.skuId, quantity: 8, reference: "o" });
    const before = await counts(hub.id);
    const error = await rejects(requestAdjustment(ctx, { locationId: at.locationId, lotId, delta: -5, reason: "SPOILED" }));
    expect(error.code).toBe("INSUFFICIENT_STOCK");
    expect(error.fieldErrors?.delta?.[0]).toMatch(/At most 2 units can be removed \(8 of 10 on hand are reserved/);
    expect((await rejects(requestAdjustment(ctx, { locationId: at.locationId, lotId, delta: 5, reason: "DAMAGED" }))).fieldErrors?.delta?.[0]).toMatch(/can only remove/);
    expect((await rejects(requestAdjustment(ctx, { locationId: at.locationId, lotId, delta: 0, reason: "FOUND" }))).code).toBe("VALIDATION");
    expect(await counts(hub.id)).toEqual(before);
  });
});

describe("transfers", () => {
  it("goes through in-transit, records a shortfall on receipt, and can be cancelled back", async () => {
    const { ctx, at, shop, hub } = await world();
    const { lotId } = await receive(ctx, at, 30, 5);
    const t = await createTransfer(ctx, { fromLocationId: at.locationId, toLocationId: shop.id, lines: [{ lotId, quantity: 12 }] });
    expect(t.code).toBe("T-000001");
    expect(await balance(at.locationId, lotId)).toEqual({ onHand: 18, reserved: 0 });
    expect(await balance(shop.id, lotId)).toBeNull();
    const line = await tdb.db.stockTransferLine.findFirstOrThrow({ where: { transferId: t.transferId } });
    const over = await rejects(receiveTransfer(ctx, { transferId: t.transferId, lines: [{ lineId: line.id, receivedQuantity: 13 }] }));
    expect(over.fieldErrors).toEqual({ "lines.0.receivedQuantity": ["At most 12 were sent"] });
    expect(await receiveTransfer(ctx, { transferId: t.transferId, lines: [{ lineId: line.id, receivedQuantity: 11 }] })).toMatchObject({ status: "RECEIVED", shortfall: 1 });
    expect(await balance(shop.id, lotId)).toEqual({ onHand: 11, reserved: 0 });
    expect(await rejects(cancelTransfer(ctx, { transferId: t.transferId }))).toMatchObject({ code: "INVALID_STATE" });

    const t2 = await createTransfer(ctx, { fromLocationId: at.locationId, toLocationId: shop.id, lines: [{ lotId, quantity: 8 }] });
    await cancelTransfer(ctx, { transferId: t2.transferId });
    expect(await balance(at.locationId, lotId)).toEqual({ onHand: 18, reserved: 0 });
    const short = await rejects(createTransfer(ctx, { fromLocationId: at.locationId, toLocationId: shop.id, lines: [{ lotId, quantity: 19 }] }));
    expect(short.fieldErrors?.["lines.0.quantity"]?.[0]).toMatch(/Only 18 units are available/);
    expect(await tdb.db.stockTransfer.count({ where: { hubId: hub.id } })).toBe(2);
    expect(await findBalanceDrift(tdb.db, hub.id)).toEqual([]);
  });
});

describe("alerts", () => {
  it("raises one low-stock alert with an event, and clears it when stock recovers", async () => {
    const { ctx, at, hub } = await world({ lowStockThreshold: 10 });
    await receive(ctx, at, 12, 5);
    await reserveStock(ctx, { locationId: at.locationId, skuId: at.skuId, quantity: 4, reference: "a" });
    await reserveStock(ctx, { locationId: at.locationId, skuId: at.skuId, quantity: 1, reference: "b" });
    const open = await tdb.db.inventoryAlert.findMany({ where: { hubId: hub.id, kind: "LOW_STOCK", status: "OPEN" } });
    expect(open).toHaveLength(1);
    expect(open[0]!.message).toMatch(/8 available, below the threshold of 10/);
    expect(await tdb.db.outboxEvent.count({ where: { hubId: hub.id, name: "inventory/stock.low" } })).toBe(1);
    await acknowledgeAlert(ctx, { alertId: open[0]!.id });
    await receive(ctx, at, 20, 6);
    expect(await tdb.db.inventoryAlert.findUniqueOrThrow({ where: { id: open[0]!.id } })).toMatchObject({ status: "RESOLVED", openKey: null });
  });

  it("flags a checkpoint reading outside the SKU band as a cold-chain breach, and failed lab results", async () => {
    const { ctx, at, hub } = await world();
    const { lotId } = await receive(ctx, at, 10, 5);
    expect(await recordCheckpoint(ctx, { lotId, kind: "COLD_STORE_IN", temperatureC: 11.5 })).toMatchObject({ withinBand: true });
    const breach = await recordCheckpoint(ctx, { lotId, kind: "LOADED", temperatureC: 18 });
    expect(breach.withinBand).toBe(false);
    const alert = await tdb.db.inventoryAlert.findFirstOrThrow({ where: { hubId: hub.id, kind: "COLD_CHAIN" } });
    expect(alert.message).toMatch(/read 18 °C at loaded; its band is 10–13 °C/);
    expect(await tdb.db.outboxEvent.count({ where: { hubId: hub.id, name: "inventory/cold-chain.breached" } })).toBe(1);
    expect(await recordLabResult(ctx, { lotId, analyte: "Nitrate", value: 4100, unit: "mg/kg", limitValue: 3500, laboratory: "Eurofins Agro", sampledAt: new Date() })).toMatchObject({ passed: false });
    expect(await tdb.db.outboxEvent.count({ where: { hubId: hub.id, name: "inventory/lab-result.failed" } })).toBe(1);
  });
});

describe("through the router", () => {
  it("checks role and hub: other hubs' lots are unknown, sellers cannot move stock", async () => {
    const { ctx, at } = await world();
    const { lotId } = await receive(ctx, at, 10, 5);
    const otherHub = await makeHub(tdb.db);
    const outsider = await makeUser(tdb.db, otherHub.id, "WAREHOUSE");
    const outsiderCaller = callerAs(tdb.db, { userId: outsider.user.id, membershipId: outsider.membership.id });
    const error = await outsiderCaller.inventory.requestAdjustment({ locationId: at.locationId, lotId, delta: -1, reason: "DAMAGED" }).catch((e) => e);
    expect(fieldErrorsFrom(error)).toMatchObject({ locationId: ["Unknown location"] });
    const seller = await makeUser(tdb.db, ctx.actor.hubId, "SELLER");
    const sellerCaller = callerAs(tdb.db, { userId: seller.user.id, membershipId: seller.membership.id });
    await expect(sellerCaller.inventory.reserve({ locationId: at.locationId, skuId: at.skuId, quantity: 1, reference: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await balance(at.locationId, lotId)).toEqual({ onHand: 10, reserved: 0 });
  });
});

describe("expiry scan", () => {
  it("opens one alert per lot about to expire (with an event) and closes it when the stock is gone", async () => {
    const { ctx, at, hub } = await world();
    const soon = await receive(ctx, at, 6, 1);
    await receive(ctx, at, 6, 9);
    await scanExpiringLots(tdb.db);
    await scanExpiringLots(tdb.db);
    const alerts = await tdb.db.inventoryAlert.findMany({ where: { hubId: hub.id, kind: "EXPIRY" } });
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    expect(alert.lotId).toBe(soon.lotId);
    expect(alert.message).toMatch(/6 units reach best-before/);
    expect(await tdb.db.outboxEvent.count({ where: { hubId: hub.id, name: "inventory/lot.expiring" } })).toBe(1);
    await requestAdjustment(ctx, { locationId: at.locationId, lotId: soon.lotId, delta: -6, reason: "EXPIRED" });
    await scanExpiringLots(tdb.db);
    expect(await tdb.db.inventoryAlert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({ status: "RESOLVED" });
  });
});
