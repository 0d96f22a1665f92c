// Balances read model: status computed in SQL (expired, expires soon, low per location x SKU),
// server-side sort/filter/paging, KPI summary, and tenancy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceContext } from "../../context";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeHub } from "../../testing/factories";
import { contextAs, makeFarm, makeLocation, makeSku } from "../../testing/inventory";
import { listBalances } from "./balances";
import { hubToday } from "./sql";
import { stockSummary } from "./summary";
import { stockLot } from "./test-fixtures";

// 10:00 UTC on 22 Nov is 11:00 in Amsterdam: the hub's today is 2026-11-22.
const NOW = new Date("2026-11-22T10:00:00Z");
let t: TestDatabase;
let ctx: ServiceContext;
let other: ServiceContext;
const ids: Record<string, string> = {};

const table = (over: Partial<{ filters: Record<string, string>; sort: { id: string; desc: boolean } | null; page: number; pageSize: number }> = {}) => ({
  page: 0,
  pageSize: 50,
  sort: null,
  filters: {},
  ...over,
});

beforeAll(async () => {
  t = await createTestDatabase();
  const hub = await makeHub(t.db);
  ctx = await contextAs(t.db, hub.id, "WAREHOUSE", () => NOW);
  const [wh1, wh2, farm] = await Promise.all([makeLocation(t.db, hub.id), makeLocation(t.db, hub.id), makeFarm(t.db, hub.id)]);
  const tomatoes = await makeSku(t.db, hub.id, { name: "Cherry tomatoes", lowStockThreshold: 0 });
  const kale = await makeSku(t.db, hub.id, { name: "Curly kale", lowStockThreshold: 20 });
  Object.assign(ids, { wh1: wh1.id, wh2: wh2.id, tomatoes: tomatoes.id, kale: kale.id, tomatoCategory: (await t.db.product.findUniqueOrThrow({ where: { id: tomatoes.productId } })).categoryId });
  const at = { farm, sku: tomatoes };
  ids.expired = (await stockLot(t.db, hub.id, { ...at, location: wh1, bestBefore: "2026-11-21", onHand: 5, code: "LT-EXPIRED" })).id;
  ids.today = (await stockLot(t.db, hub.id, { ...at, location: wh1, bestBefore: "2026-11-22", onHand: 7, code: "LT-TODAY" })).id;
  ids.soon = (await stockLot(t.db, hub.id, { ...at, location: wh1, bestBefore: "2026-11-24", onHand: 40, reserved: 15, code: "LT-SOON" })).id;
  ids.fresh = (await stockLot(t.db, hub.id, { ...at, location: wh1, bestBefore: "2026-11-25", onHand: 100, code: "LT-FRESH" })).id;
  ids.empty = (await stockLot(t.db, hub.id, { ...at, location: wh1, bestBefore: "2026-12-01", onHand: 0, code: "LT-EMPTY" })).id;
  // Kale: 12 + 8 - 6 reserved = 14 available at wh1 (< 20: LOW on both lots); 30 at wh2 (OK).
  ids.kale1 = (await stockLot(t.db, hub.id, { farm, sku: kale, location: wh1, bestBefore: "2026-11-30", onHand: 12, code: "LT-KALE-1" })).id;
  ids.kale2 = (await stockLot(t.db, hub.id, { farm, sku: kale, location: wh1, bestBefore: "2026-12-02", onHand: 8, reserved: 6, code: "LT-KALE-2" })).id;
  ids.kale3 = (await stockLot(t.db, hub.id, { farm, sku: kale, location: wh2, bestBefore: "2026-12-02", onHand: 30, code: "LT-KALE-3" })).id;

  const otherHub = await makeHub(t.db);
  other = await contextAs(t.db, otherHub.id, "WAREHOUSE", () => NOW);
  const [oLoc, oFarm, oSku] = await Promise.all([makeLocation(t.db, otherHub.id), makeFarm(t.db, otherHub.id), makeSku(t.db, otherHub.id)]);
  await stockLot(t.db, otherHub.id, { farm: oFarm, sku: oSku, location: oLoc, bestBefore: "2026-11-23", onHand: 999, code: "LT-OTHER" });
});
afterAll(() => t.drop());

describe("hubToday", () => {
  it("uses the hub's calendar day, not UTC's", () => {
    expect(hubToday(new Date("2026-11-22T23:30:00Z"), "Europe/Amsterdam")).toBe("2026-11-23");
    expect(hubToday(new Date("2026-11-22T23:30:00Z"), "UTC")).toBe("2026-11-22");
  });
});

describe("listBalances", () => {
  it("computes available, days to expiry and status per row", async () => {
    const { rows, total } = await listBalances(ctx, table());
    expect(total).toBe(7); // the empty row is hidden by default
    const byLot = new Map(rows.map((r) => [r.lotCode, r]));
    expect(byLot.get("LT-EXPIRED")).toMatchObject({ status: "EXPIRED", daysToExpiry: -1, bestBefore: "2026-11-21" });
    expect(byLot.get("LT-TODAY")).toMatchObject({ status: "EXPIRES_SOON", daysToExpiry: 0 });
    expect(byLot.get("LT-SOON")).toMatchObject({ status: "EXPIRES_SOON", daysToExpiry: 2, onHand: 40, reserved: 15, available: 25 });
    expect(byLot.get("LT-FRESH")).toMatchObject({ status: "OK", daysToExpiry: 3 });
    expect(byLot.get("LT-KALE-1")).toMatchObject({ status: "LOW", locationSkuAvailable: 14, lowStockThreshold: 20 });
    expect(byLot.get("LT-KALE-2")).toMatchObject({ status: "LOW", available: 2 });
    expect(byLot.get("LT-KALE-3")).toMatchObject({ status: "OK", locationSkuAvailable: 30 });
    expect(byLot.has("LT-OTHER")).toBe(false);
  });

  it("defaults to first-expiry-first and sorts on any column, including available", async () => {
    expect((await listBalances(ctx, table())).rows.map((r) => r.lotCode).slice(0, 3)).toEqual(["LT-EXPIRED", "LT-TODAY", "LT-SOON"]);
    const byAvailable = await listBalances(ctx, table({ sort: { id: "available", desc: true } }));
    expect(byAvailable.rows.map((r) => r.available)).toEqual([100, 30, 25, 12, 7, 5, 2]);
    const byStatus = await listBalances(ctx, table({ sort: { id: "status", desc: false } }));
    expect(byStatus.rows.map((r) => r.status)).toEqual(["EXPIRED", "EXPIRES_SOON", "EXPIRES_SOON", "LOW", "LOW", "OK", "OK"]);
    const unknownSort = await listBalances(ctx, table({ sort: { id: "drop table", desc: true } }));
    expect(unknownSort.rows[0]!.lotCode).toBe("LT-EXPIRED");
  });

  it("filters by location, category, text, status and shows empty rows on request", async () => {
    expect((await listBalances(ctx, table({ filters: { location: ids.wh2! } }))).rows.map((r) => r.lotCode)).toEqual(["LT-KALE-3"]);
    expect((await listBalances(ctx, table({ filters: { category: ids.tomatoCategory! } }))).total).toBe(4);
    expect((await listBalances(ctx, table({ filters: { q: "kale" } }))).total).toBe(3);
    expect((await listBalances(ctx, table({ filters: { q: "lt-soon" } }))).rows.map((r) => r.lotCode)).toEqual(["LT-SOON"]);
    expect((await listBalances(ctx, table({ filters: { q: "%" } }))).total).toBe(0);
    // A text filter that keeps one lot must not change the location x SKU status of that lot.
    expect((await listBalances(ctx, table({ filters: { q: "LT-KALE-1" } }))).rows[0]!.status).toBe("LOW");
    expect((await listBalances(ctx, table({ filters: { status: "LOW" } }))).rows.map((r) => r.lotCode).sort()).toEqual(["LT-KALE-1", "LT-KALE-2"]);
    expect((await listBalances(ctx, table({ filters: { status: "EXPIRES_SOON", location: ids.wh1! } }))).total).toBe(2);
    const withEmpty = await listBalances(ctx, table({ filters: { empty: "show" } }));
    expect(withEmpty.total).toBe(8);
    expect(withEmpty.rows.find((r) => r.lotCode === "LT-EMPTY")).toMatchObject({ onHand: 0, status: "OK" });
  });

  it("pages with a stable order and a total across pages", async () => {
    const first = await listBalances(ctx, table({ pageSize: 3, sort: { id: "sku", desc: false } }));
    const second = await listBalances(ctx, table({ pageSize: 3, page: 1, sort: { id: "sku", desc: false } }));
    const third = await listBalances(ctx, table({ pageSize: 3, page: 2, sort: { id: "sku", desc: false } }));
    expect([first.total, second.total, third.total]).toEqual([7, 7, 7]);
    const all = [...first.rows, ...second.rows, ...third.rows].map((r) => r.id);
    expect(new Set(all).size).toBe(7);
  });

  it("shows another hub nothing of this hub, even with this hub's ids as filters", async () => {
    const theirs = await listBalances(other, table({ filters: { location: ids.wh1! } }));
    expect(theirs.total).toBe(0);
    expect((await listBalances(other, table())).rows.map((r) => r.lotCode)).toEqual(["LT-OTHER"]);
  });

  it("rejects malformed input with field errors", async () => {
    await expect(listBalances(ctx, { page: -1 })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { page: expect.any(Array) } });
  });
});

describe("stockSummary", () => {
  it("sums stock per location and for the hub", async () => {
    const summary = await stockSummary(ctx, {});
    const wh1 = summary.locations.find((l) => l.locationId === ids.wh1)!;
    expect(wh1).toMatchObject({ onHand: 172, reserved: 21, available: 151, skus: 2, expiringSoon: 2, expired: 1, lowStock: 1 });
    const wh2 = summary.locations.find((l) => l.locationId === ids.wh2)!;
    expect(wh2).toMatchObject({ onHand: 30, available: 30, skus: 1, expiringSoon: 0, lowStock: 0 });
    expect(summary.totals).toMatchObject({ onHand: 202, reserved: 21, available: 181, skus: 2, expiringSoon: 2, expired: 1, lowStock: 1, openAlerts: 0 });
    const only = await stockSummary(ctx, { locationId: ids.wh2 });
    expect(only.locations.map((l) => l.locationId)).toEqual([ids.wh2]);
    expect((await stockSummary(other, { locationId: ids.wh1 })).locations).toEqual([]);
  });
});
