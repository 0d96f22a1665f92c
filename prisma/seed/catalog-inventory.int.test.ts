// The seeded catalogue, provenance and stock against a real database: counts, prices that hold
// today, balances that equal their movements, and alerts that match the stock they describe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { hubDay } from "./build/time";
import { balanceMismatches, impliedStockAlertKeys, openAlertKeys } from "./consistency";
import { OUT_OF_SEASON_SKU_CODES, SEED_REFERENCE_DATE, SHOWCASE } from "./demo-catalog";
import { demoEmail } from "./demo-users";
import { seed } from "./index";

let t: TestDatabase;
let warehouseUserId: string;
const today = hubDay(SEED_REFERENCE_DATE).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, { scale: "small" });
  warehouseUserId = (await t.db.user.findUniqueOrThrow({ where: { email: demoEmail("WAREHOUSE") } })).id;
});
afterAll(() => t.drop());

describe("seeded catalogue", () => {
  it("has ~60 products and ~80 SKUs in seven categories, taxed at the food rate", async () => {
    expect(await t.db.category.count()).toBe(7);
    expect(await t.db.product.count()).toBeGreaterThanOrEqual(55);
    expect(await t.db.product.count()).toBeLessThanOrEqual(65);
    const skus = await t.db.sku.count();
    expect(skus).toBeGreaterThanOrEqual(75);
    expect(skus).toBeLessThanOrEqual(85);
    const food = await t.db.taxCategory.findFirstOrThrow({ where: { code: "FOOD_REDUCED" } });
    expect(food.rateBasisPoints).toBe(900);
    expect(await t.db.product.count({ where: { taxCategoryId: { not: food.id } } })).toBe(0);
  });

  it("gives every SKU exactly one retail price now and after the scheduled rises, and three wholesale tiers", async () => {
    for (const at of [SEED_REFERENCE_DATE, new Date("2027-06-01T00:00:00Z")]) {
      const rows = await t.db.$queryRaw<{ skuId: string; n: number }[]>`
        SELECT s.id AS "skuId", COUNT(p.id)::int AS n FROM "Sku" s
        LEFT JOIN "Price" p ON p."skuId" = s.id AND p.channel = 'RETAIL' AND p."minQuantity" = 1
          AND p."validFrom" <= ${at} AND (p."validTo" IS NULL OR p."validTo" > ${at})
        GROUP BY s.id`;
      expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    }
    const skus = await t.db.sku.count();
    const tiers = await t.db.price.groupBy({ by: ["minQuantity"], where: { channel: "WHOLESALE" }, _count: { _all: true } });
    expect(Object.fromEntries(tiers.map((x) => [x.minQuantity, x._count._all]))).toEqual({ 1: skus, 10: skus, 50: skus });
    expect(await t.db.price.count({ where: { validFrom: new Date("2027-01-01T00:00:00+01:00") } })).toBeGreaterThan(5);
  });

  it("finds products by shoppers' words through the search vector", async () => {
    const hits = await t.db.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Product" WHERE "searchVector" @@ websearch_to_tsquery('english', ${SHOWCASE.searchTerm})`;
    expect(hits.map((h) => h.slug)).toContain(SHOWCASE.productSlug);
    const spuds = await t.db.$queryRaw<{ slug: string }[]>`SELECT slug FROM "Product" WHERE "searchVector" @@ websearch_to_tsquery('english', 'spuds')`;
    expect(spuds.length).toBeGreaterThanOrEqual(3);
  });

  it("has around forty ranked substitution rules", async () => {
    const n = await t.db.substitutionRule.count();
    expect(n).toBeGreaterThanOrEqual(35);
    expect(n).toBeLessThanOrEqual(60);
  });
});

describe("seeded stock", () => {
  it("keeps every balance equal to the sum of its movements, in both directions", async () => {
    expect(await balanceMismatches(t.db)).toEqual([]);
    expect(await t.db.stockBalance.count()).toBeGreaterThan(300);
    expect(await t.db.stockBalance.count({ where: { onHand: { lt: 0 } } })).toBe(0);
    // Only the demo household's upcoming orders hold stock: each balance's reserved units are its open reservations.
    const reservedDrift = await t.db.$queryRaw<Array<{ id: string }>>`
      SELECT b.id FROM "StockBalance" b
      LEFT JOIN (SELECT "locationId", "lotId", SUM(quantity)::int AS held FROM "Reservation" WHERE status = 'ACTIVE' GROUP BY 1, 2) r
        ON r."locationId" = b."locationId" AND r."lotId" = b."lotId"
      WHERE b.reserved <> COALESCE(r.held, 0)`;
    expect(reservedDrift).toEqual([]);
    expect(await t.db.stockBalance.count({ where: { reserved: { not: 0 } } })).toBeGreaterThan(0);
  });

  it("receives a few hundred lots at packhouses and warehouses, best-before = harvest day + shelf life", async () => {
    expect(await t.db.lot.count()).toBe(320);
    const bad = await t.db.$queryRaw<{ code: string }[]>`
      SELECT l.code FROM "Lot" l JOIN "Sku" s ON s.id = l."skuId" JOIN "Location" loc ON loc.id = l."receivedAtId"
      JOIN "Organisation" f ON f.id = l."farmId"
      WHERE l."bestBefore" <> (l."harvestedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date + s."shelfLifeDays"
         OR loc.kind NOT IN ('PACKHOUSE', 'WAREHOUSE') OR f."parentId" <> l."clusterId"
         OR l."harvestedAt" < ${new Date(SEED_REFERENCE_DATE.getTime() - 11 * 86_400_000)} OR l."harvestedAt" > ${SEED_REFERENCE_DATE}`;
    expect(bad).toEqual([]);
    const receives = await t.db.stockMovement.count({ where: { kind: "RECEIVE" } });
    expect(receives).toBe(320);
    expect(await t.db.lot.count({ where: { sku: { code: { in: [...OUT_OF_SEASON_SKU_CODES] } } } })).toBe(0);
    expect(await t.db.lot.count({ where: { bestBefore: { lt: new Date(`${today}T00:00:00Z`) } } })).toBeGreaterThan(0);
  });

  it("books transfers through in-transit: received ones on both sides, in-transit ones at the source only", async () => {
    const transfers = await t.db.stockTransfer.findMany({ include: { lines: true } });
    expect(transfers.filter((x) => x.status === "IN_TRANSIT").length).toBeGreaterThanOrEqual(2);
    const moves = await t.db.stockMovement.findMany({ where: { transferId: { not: null } } });
    for (const tr of transfers) {
      for (const line of tr.lines) {
        const out = moves.filter((m) => m.transferId === tr.id && m.lotId === line.lotId && m.kind === "TRANSFER_OUT");
        const inn = moves.filter((m) => m.transferId === tr.id && m.lotId === line.lotId && m.kind === "TRANSFER_IN");
        expect(out.map((m) => [m.locationId, m.onHandDelta])).toEqual([[tr.fromLocationId, -line.quantity]]);
        expect(inn.map((m) => [m.locationId, m.onHandDelta])).toEqual(tr.status === "RECEIVED" ? [[tr.toLocationId, line.receivedQuantity]] : []);
      }
    }
    const toShops = await t.db.stockTransfer.count({ where: { to: { kind: "VENDOR_SHOP" } } });
    expect(toShops).toBeGreaterThan(0);
  });

  it("books applied adjustments as one movement each and leaves three waiting for approval", async () => {
    const adjustments = await t.db.stockAdjustment.findMany();
    const moves = await t.db.stockMovement.findMany({ where: { adjustmentId: { not: null } } });
    for (const a of adjustments.filter((x) => x.status === "APPLIED")) {
      const m = moves.filter((x) => x.adjustmentId === a.id);
      expect(m.map((x) => [x.kind, x.onHandDelta, x.locationId, x.lotId])).toEqual([[
        ["DAMAGED", "SPOILED", "EXPIRED", "QUALITY_REJECT"].includes(a.reason) ? "WASTE" : "ADJUST", a.delta, a.locationId, a.lotId,
      ]]);
      if (Math.abs(a.delta) > 25) expect(a.decidedById).not.toBe(a.requestedById);
    }
    const pending = adjustments.filter((x) => x.status === "PENDING_APPROVAL");
    expect(pending).toHaveLength(3);
    expect(pending.every((p) => p.requestedById === warehouseUserId && Math.abs(p.delta) > 25)).toBe(true);
    expect(moves.filter((m) => pending.some((p) => p.id === m.adjustmentId))).toEqual([]);
    expect(await t.db.stockMovement.count({ where: { actorUserId: null } })).toBe(0);
  });

  it("opens alerts that match the stock: low stock, expiry, and one per cold-chain breach", async () => {
    const implied = await impliedStockAlertKeys(t.db, today);
    expect(await openAlertKeys(t.db, "LOW_STOCK")).toEqual(implied.low);
    expect(await openAlertKeys(t.db, "EXPIRY")).toEqual(implied.expiry);
    expect(implied.low.length).toBeGreaterThan(0);
    expect(implied.expiry.length).toBeGreaterThan(0);
    const breaches = await t.db.handlingCheckpoint.findMany({ where: { withinBand: false }, select: { id: true } });
    expect(breaches.length).toBeGreaterThanOrEqual(3);
    expect(await openAlertKeys(t.db, "COLD_CHAIN")).toEqual(breaches.map((b) => `COLD_CHAIN:${b.id}`).sort());
  });

  it("records readings against the SKU band, lab results against their limits, and certificates with mixed validity", async () => {
    const wrongBand = await t.db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "HandlingCheckpoint" c JOIN "Lot" l ON l.id = c."lotId" JOIN "Sku" s ON s.id = l."skuId"
      WHERE c."temperatureC" IS NOT NULL
        AND c."withinBand" IS DISTINCT FROM (c."temperatureC" BETWEEN s."storageTempMinC" AND s."storageTempMaxC")`;
    expect(wrongBand).toEqual([]);
    expect(await t.db.labResult.count({ where: { passed: false } })).toBeGreaterThan(0);
    const mislabelled = await t.db.$queryRaw<{ id: string }[]>`SELECT id FROM "LabResult" WHERE passed <> (value <= "limitValue")`;
    expect(mislabelled).toEqual([]);
    const ref = new Date(`${today}T00:00:00Z`);
    expect(await t.db.certification.count({ where: { validTo: { lt: ref } } })).toBeGreaterThan(0);
    expect(await t.db.certification.count({ where: { validTo: { gte: ref, lte: new Date(ref.getTime() + 30 * 86_400_000) } } })).toBeGreaterThan(0);
    expect(await t.db.certification.count({ where: { scheme: "FREE_RANGE" } })).toBeGreaterThan(0);
    expect(await t.db.certification.count({ where: { documentKey: { not: null } } })).toBe(0);
  });

  it("has the showcase product in stock at a stocking location with lab results and checkpoints", async () => {
    const lots = await t.db.lot.findMany({
      where: { skuId: SHOWCASE.skuId, balances: { some: { onHand: { gt: 0 }, location: { kind: { in: ["WAREHOUSE", "PACKHOUSE"] } } } } },
      select: { id: true, _count: { select: { labResults: true, checkpoints: true } } },
    });
    expect(lots.length).toBeGreaterThan(0);
    expect(lots.some((l) => l._count.labResults > 0)).toBe(true);
    expect(lots.every((l) => l._count.checkpoints >= 3)).toBe(true);
  });
});
