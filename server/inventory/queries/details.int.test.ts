// Lot detail, movements, adjustments, transfers, alerts and form options: content, order, filters,
// and that ids of another hub (or unknown ids) are NOT_FOUND or simply absent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceContext } from "../../context";
import { callerAs } from "../../testing/caller";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeHub, makeUser } from "../../testing/factories";
import { contextAs, makeFarm, makeLocation, makeSku } from "../../testing/inventory";
import { listAdjustments } from "./adjustments";
import { listAlerts } from "./alerts";
import { lotDetail } from "./lot-detail";
import { listMovements } from "./movements";
import { farmOptions, locationOptions, lotOptions, skuOptions } from "./options";
import { addStock, stockLot } from "./test-fixtures";
import { listTransfers, transferDetail } from "./transfers";

const NOW = new Date("2026-11-22T10:00:00Z");
let t: TestDatabase;
let ctx: ServiceContext;
let approver: ServiceContext;
let other: ServiceContext;
const ids: Record<string, string> = {};
const table = (filters: Record<string, string> = {}, sort: { id: string; desc: boolean } | null = null) => ({ page: 0, pageSize: 50, sort, filters });

beforeAll(async () => {
  t = await createTestDatabase();
  const hub = await makeHub(t.db);
  ctx = await contextAs(t.db, hub.id, "WAREHOUSE", () => NOW);
  approver = await contextAs(t.db, hub.id, "ADMIN", () => NOW);
  const [wh1, wh2, shop, farm] = await Promise.all([makeLocation(t.db, hub.id), makeLocation(t.db, hub.id, "PACKHOUSE"), makeLocation(t.db, hub.id, "VENDOR_SHOP"), makeFarm(t.db, hub.id)]);
  const sku = await makeSku(t.db, hub.id, { name: "Rainbow chard", storageTempMinC: 1, storageTempMaxC: 4 });
  Object.assign(ids, { wh1: wh1.id, wh2: wh2.id, shop: shop.id, sku: sku.id, farm: farm.id, user: ctx.actor.userId });
  const lot = await stockLot(t.db, hub.id, { sku, farm, location: wh1, bestBefore: "2026-11-28", onHand: 50, reserved: 10, code: "LT-CHARD", actorUserId: ctx.actor.userId });
  await addStock(t.db, hub.id, { sku, location: wh2, lot, onHand: 20, kind: "TRANSFER_IN", at: new Date("2026-11-21T09:00:00Z") });
  ids.lot = lot.id;
  const base = { hubId: hub.id, lotId: lot.id };
  await t.db.labResult.create({ data: { ...base, analyte: "Nitrate", value: 1200, unit: "mg/kg", limitValue: 3000, passed: true, laboratory: "Eurofins", sampledAt: new Date("2026-11-19T10:00:00Z") } });
  await t.db.handlingCheckpoint.createMany({
    data: [
      { ...base, kind: "RECEIVED", locationId: wh1.id, temperatureC: 3, recordedById: ctx.actor.userId, recordedAt: new Date("2026-11-20T08:00:00Z") },
      { ...base, kind: "COLD_STORE_IN", locationId: wh1.id, temperatureC: 7.5, withinBand: false, recordedAt: new Date("2026-11-20T09:00:00Z") },
      { ...base, kind: "GRADED", recordedAt: new Date("2026-11-20T10:00:00Z") },
    ],
  });
  // Adjustments: one applied (older), one pending by the warehouse user, one pending by the approver.
  const adj = { hubId: hub.id, locationId: wh1.id, skuId: sku.id, lotId: lot.id };
  await t.db.stockAdjustment.create({ data: { ...adj, delta: -2, reason: "DAMAGED", status: "APPLIED", requestedById: ctx.actor.userId, createdAt: new Date("2026-11-22T08:00:00Z") } });
  ids.pendingMine = (await t.db.stockAdjustment.create({ data: { ...adj, delta: -40, reason: "SPOILED", note: "crate dropped", status: "PENDING_APPROVAL", requestedById: ctx.actor.userId, createdAt: new Date("2026-11-21T08:00:00Z") } })).id;
  ids.pendingTheirs = (await t.db.stockAdjustment.create({ data: { ...adj, delta: 30, reason: "FOUND", status: "PENDING_APPROVAL", requestedById: approver.actor.userId, createdAt: new Date("2026-11-22T09:00:00Z") } })).id;
  // A received transfer with a shortfall and one in transit.
  const received = await t.db.stockTransfer.create({
    data: { hubId: hub.id, code: "TR-0001", fromLocationId: wh1.id, toLocationId: wh2.id, status: "RECEIVED", createdById: ctx.actor.userId, receivedById: approver.actor.userId, dispatchedAt: new Date("2026-11-21T08:00:00Z"), receivedAt: new Date("2026-11-21T09:00:00Z"),
      lines: { create: [{ skuId: sku.id, lotId: lot.id, quantity: 22, receivedQuantity: 20 }] } },
  });
  ids.received = received.id;
  ids.inTransit = (await t.db.stockTransfer.create({
    data: { hubId: hub.id, code: "TR-0002", fromLocationId: wh2.id, toLocationId: wh1.id, createdById: ctx.actor.userId, dispatchedAt: new Date("2026-11-22T08:00:00Z"), lines: { create: [{ skuId: sku.id, lotId: lot.id, quantity: 5 }] } },
  })).id;
  await t.db.inventoryAlert.createMany({
    data: [
      { hubId: hub.id, kind: "COLD_CHAIN", status: "OPEN", lotId: lot.id, skuId: sku.id, locationId: wh1.id, message: "7.5 °C above 4 °C", openKey: "COLD_CHAIN:x", createdAt: new Date("2026-11-20T09:00:00Z") },
      { hubId: hub.id, kind: "LOW_STOCK", status: "ACKNOWLEDGED", skuId: sku.id, locationId: wh2.id, message: "Low", openKey: "LOW_STOCK:y", acknowledgedAt: NOW, acknowledgedById: ctx.actor.userId, createdAt: new Date("2026-11-21T09:00:00Z") },
      { hubId: hub.id, kind: "LOW_STOCK", status: "RESOLVED", skuId: sku.id, locationId: wh1.id, message: "Low (old)", resolvedAt: NOW, createdAt: new Date("2026-11-19T09:00:00Z") },
    ],
  });

  const otherHub = await makeHub(t.db);
  other = await contextAs(t.db, otherHub.id, "WAREHOUSE", () => NOW);
});
afterAll(() => t.drop());

describe("lotDetail", () => {
  it("returns the lot with farm, cluster, balances, reservations, lab results and checkpoints against the SKU band", async () => {
    const d = await lotDetail(ctx, { lotId: ids.lot });
    expect(d.lot).toMatchObject({ code: "LT-CHARD", bestBefore: "2026-11-28", daysToExpiry: 6 });
    expect(d.farm.id).toBe(ids.farm);
    expect(d.cluster.name).toMatch(/CLUSTER/);
    expect(d.product.name).toBe("Rainbow chard");
    expect(d.balances.map((b) => [b.location.id, b.onHand, b.reserved, b.available]).sort()).toEqual([[ids.wh1, 50, 10, 40], [ids.wh2, 20, 0, 20]].sort());
    expect(d.reservations).toHaveLength(1);
    expect(d.reservations[0]).toMatchObject({ quantity: 10, status: "ACTIVE" });
    expect(d.labResults).toEqual([expect.objectContaining({ analyte: "Nitrate", passed: true })]);
    expect(d.checkpoints.map((c) => [c.kind, c.withinBand])).toEqual([["RECEIVED", true], ["COLD_STORE_IN", false], ["GRADED", null]]);
    expect(d.checkpoints[0]!.recordedBy).toBe("Test WAREHOUSE");
    expect(d.sku).toMatchObject({ storageTempMinC: 1, storageTempMaxC: 4 });
  });

  it("is NOT_FOUND for an unknown lot or one of another hub", async () => {
    await expect(lotDetail(ctx, { lotId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(lotDetail(other, { lotId: ids.lot })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listMovements", () => {
  it("lists a lot's movements newest first with deltas, reference and actor", async () => {
    const { rows, total } = await listMovements(ctx, table({ lot: ids.lot! }));
    expect(total).toBe(3);
    expect(rows.map((r) => r.kind)).toEqual(["TRANSFER_IN", "RESERVE", "RECEIVE"]);
    expect(rows[2]).toMatchObject({ onHandDelta: 50, reservedDelta: 0, reference: "LT-CHARD", actorName: "Test WAREHOUSE", lotCode: "LT-CHARD" });
    expect(rows[1]).toMatchObject({ onHandDelta: 0, reservedDelta: 10 });
  });

  it("filters by kind, location and hub-local date range", async () => {
    expect((await listMovements(ctx, table({ kind: "RESERVE" }))).total).toBe(1);
    expect((await listMovements(ctx, table({ location: ids.wh2! }))).rows.map((r) => r.kind)).toEqual(["TRANSFER_IN"]);
    expect((await listMovements(ctx, table({ from: "2026-11-21" }))).total).toBe(1);
    expect((await listMovements(ctx, table({ to: "2026-11-20" }))).total).toBe(2);
    expect((await listMovements(ctx, table({ from: "not-a-date" }))).total).toBe(3);
    expect((await listMovements(ctx, table({ kind: "BOGUS" }))).total).toBe(3);
    expect((await listMovements(other, table({ lot: ids.lot! }))).total).toBe(0);
  });
});

describe("listAdjustments", () => {
  it("puts pending approvals first and says which ones the caller requested", async () => {
    const { rows } = await listAdjustments(ctx, table());
    expect(rows.map((r) => [r.status, r.delta])).toEqual([["PENDING_APPROVAL", 30], ["PENDING_APPROVAL", -40], ["APPLIED", -2]]);
    expect(rows.map((r) => r.requestedByMe)).toEqual([false, true, true]);
    expect(rows[1]).toMatchObject({ reason: "SPOILED", note: "crate dropped", onHandNow: 50, availableNow: 40, lotCode: "LT-CHARD", requestedByName: "Test WAREHOUSE" });
    const theirs = await listAdjustments(approver, table({ status: "PENDING_APPROVAL" }));
    expect(theirs.rows.map((r) => r.requestedByMe)).toEqual([true, false]);
    expect((await listAdjustments(other, table())).total).toBe(0);
  });
});

describe("transfers", () => {
  it("lists transfers with totals and filters by status and location", async () => {
    const { rows } = await listTransfers(ctx, table());
    expect(rows.map((r) => [r.code, r.status, r.quantity, r.receivedQuantity])).toEqual([["TR-0002", "IN_TRANSIT", 5, null], ["TR-0001", "RECEIVED", 22, 20]]);
    expect((await listTransfers(ctx, table({ status: "IN_TRANSIT" }))).rows.map((r) => r.code)).toEqual(["TR-0002"]);
    expect((await listTransfers(ctx, table({ q: "lt-chard" }))).total).toBe(2);
    expect((await listTransfers(ctx, table({}, { id: "from", desc: false }))).total).toBe(2);
  });

  it("shows a transfer's lines with the shortfall, and hides other hubs' transfers", async () => {
    const d = await transferDetail(ctx, { transferId: ids.received });
    expect(d).toMatchObject({ code: "TR-0001", status: "RECEIVED", createdByName: "Test WAREHOUSE", receivedByName: "Test ADMIN" });
    expect(d.lines).toEqual([expect.objectContaining({ lotCode: "LT-CHARD", quantity: 22, receivedQuantity: 20, shortfall: 2 })]);
    expect((await transferDetail(ctx, { transferId: ids.inTransit })).lines[0]!.shortfall).toBeNull();
    await expect(transferDetail(other, { transferId: ids.received })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listAlerts", () => {
  it("filters by kind and status; ACTIVE means not resolved", async () => {
    expect((await listAlerts(ctx, table())).total).toBe(3);
    const active = await listAlerts(ctx, table({ status: "ACTIVE" }));
    expect(active.rows.map((r) => r.status)).toEqual(["ACKNOWLEDGED", "OPEN"]);
    expect(active.rows[0]).toMatchObject({ acknowledgedByName: "Test WAREHOUSE", skuName: "250 g punnet" });
    expect((await listAlerts(ctx, table({ kind: "COLD_CHAIN" }))).rows[0]).toMatchObject({ lotCode: "LT-CHARD" });
    expect((await listAlerts(other, table())).total).toBe(0);
  });
});

describe("options", () => {
  it("lists stocking locations, SKUs, lots at a location FEFO and farms", async () => {
    const stocking = await locationOptions(ctx, undefined);
    expect(stocking.map((l) => l.id).sort()).toEqual([ids.wh1, ids.wh2].sort());
    expect((await locationOptions(ctx, { scope: "all" })).map((l) => l.id)).toContain(ids.shop);
    expect((await skuOptions(ctx, { q: "chard" })).map((s) => s.id)).toEqual([ids.sku]);
    const lots = await lotOptions(ctx, { locationId: ids.wh1, availableOnly: true });
    expect(lots).toEqual([expect.objectContaining({ lotCode: "LT-CHARD", onHand: 50, reserved: 10, available: 40, daysToExpiry: 6 })]);
    expect((await farmOptions(ctx)).map((f) => f.id)).toEqual([ids.farm]);
    await expect(lotOptions(other, { locationId: ids.wh1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await skuOptions(other, {})).toEqual([]);
  });
});

describe("through tRPC", () => {
  it("serves the read side to inventory readers and refuses other roles", async () => {
    const hubId = ctx.actor.hubId;
    const planner = await makeUser(t.db, hubId, "PLANNER");
    const grower = await makeUser(t.db, hubId, "GROWER");
    const asPlanner = callerAs(t.db, { userId: planner.user.id, membershipId: planner.membership.id });
    expect((await asPlanner.inventory.balances(table())).total).toBeGreaterThan(0);
    await expect(asPlanner.inventory.lot({ lotId: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const asGrower = callerAs(t.db, { userId: grower.user.id, membershipId: grower.membership.id });
    await expect(asGrower.inventory.balances(table())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
