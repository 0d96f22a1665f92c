// Catalog administration through the tRPC router: validation, duplicates, tenancy, prices and
// their overlap trigger, price scheduling, substitutions, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs } from "../testing/caller";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { fieldErrorsFrom } from "../testing/errors";
import { makeHub } from "../testing/factories";
import { makeCatalogBasics, makePlanner, makeProductWithSku, skuFields } from "./testing";

let t: TestDatabase;
let hubId: string;
let planner: { userId: string; membershipId: string };
let basics: Awaited<ReturnType<typeof makeCatalogBasics>>;
const counts = async () => ({ products: await t.db.product.count(), skus: await t.db.sku.count(), prices: await t.db.price.count(), audit: await t.db.auditLog.count(), rules: await t.db.substitutionRule.count() });

beforeAll(async () => {
  t = await createTestDatabase();
  hubId = (await makeHub(t.db)).id;
  planner = await makePlanner(t.db, hubId);
  basics = await makeCatalogBasics(t.db, hubId);
});
afterAll(() => t.drop());

describe("products", () => {
  it("creates a product with a derived slug, lists it, and audits the change", async () => {
    const caller = callerAs(t.db, planner);
    const created = await caller.catalog.products.create({ name: "Cherry tomatoes (vine)", categoryId: basics.category.id, taxCategoryId: basics.tax.id, description: "Sweet", keywords: "toms" });
    expect(created.slug).toBe("cherry-tomatoes-vine");
    const again = await caller.catalog.products.create({ name: "Cherry tomatoes (vine)", categoryId: basics.category.id, taxCategoryId: basics.tax.id });
    expect(again.slug).toBe("cherry-tomatoes-vine-2");
    const page = await caller.catalog.products.list({ page: 0, pageSize: 25, sort: { id: "name", desc: false }, filters: { q: "cherry" } });
    expect(page.total).toBe(2);
    expect(page.rows[0]).toMatchObject({ categoryName: "Vegetables", skuCount: 0, priceMinMinor: null, active: true });
    expect(await t.db.auditLog.count({ where: { action: "catalog.product.created", targetId: created.id } })).toBe(1);
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const caller = callerAs(t.db, planner);
    const before = await counts();
    const bad = await caller.catalog.products.create({ name: "x", categoryId: "", taxCategoryId: "" }).catch((e) => e);
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsFrom(bad)).sort()).toEqual(["categoryId", "name", "taxCategoryId"]);
    const unknownRefs = await caller.catalog.products.create({ name: "Leeks", categoryId: "nope", taxCategoryId: "nope" }).catch((e) => e);
    expect(fieldErrorsFrom(unknownRefs)).toEqual({ categoryId: ["Choose an existing category"], taxCategoryId: ["Choose an existing tax category"] });
    const dupSlug = await caller.catalog.products.create({ name: "Leeks", slug: "cherry-tomatoes-vine", categoryId: basics.category.id, taxCategoryId: basics.tax.id }).catch((e) => e);
    expect(fieldErrorsFrom(dupSlug).slug).toEqual(["Another product already uses this slug"]);
    expect(await counts()).toEqual(before);
  });

  it("treats another hub's product as not found", async () => {
    const otherHub = (await makeHub(t.db)).id;
    const other = await makeProductWithSku(t.db, otherHub, await makeCatalogBasics(t.db, otherHub));
    const caller = callerAs(t.db, planner);
    await expect(caller.catalog.products.get({ id: other.product.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.catalog.products.deactivate({ id: other.product.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.catalog.skus.create({ productId: other.product.id, ...skuFields("X-OTHER-1") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.catalog.prices.add({ skuId: other.sku.id, channel: "RETAIL", amountMinor: 100, validFrom: "2026-01-01" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const list = await caller.catalog.products.list({ page: 0, pageSize: 200, sort: null, filters: {} });
    expect(list.rows.map((r) => r.id)).not.toContain(other.product.id);
    expect((await t.db.product.findUniqueOrThrow({ where: { id: other.product.id } })).active).toBe(true);
  });

  it("deactivates and reactivates", async () => {
    const caller = callerAs(t.db, planner);
    const { product } = await makeProductWithSku(t.db, hubId, basics);
    await caller.catalog.products.deactivate({ id: product.id });
    const inactive = await caller.catalog.products.list({ page: 0, pageSize: 200, sort: null, filters: { active: "false" } });
    expect(inactive.rows.map((r) => r.id)).toContain(product.id);
    await caller.catalog.products.activate({ id: product.id });
    expect((await t.db.product.findUniqueOrThrow({ where: { id: product.id } })).active).toBe(true);
  });
});

describe("SKUs", () => {
  it("normalises the code, refuses a duplicate code in the hub as a field error", async () => {
    const caller = callerAs(t.db, planner);
    const { product } = await makeProductWithSku(t.db, hubId, basics, "TOM-CHERRY-250G");
    const before = await counts();
    const dup = await caller.catalog.skus.create({ productId: product.id, ...skuFields("tom-cherry-250g") }).catch((e) => e);
    expect(dup.code).toBe("BAD_REQUEST");
    expect(fieldErrorsFrom(dup)).toEqual({ code: ["Another SKU in this hub already uses this code"] });
    const created = await caller.catalog.skus.create({ productId: product.id, ...skuFields("tom-cherry-500g") });
    expect(created.code).toBe("TOM-CHERRY-500G");
    const renameClash = await caller.catalog.skus.update({ id: created.id, ...skuFields("TOM-CHERRY-250G") }).catch((e) => e);
    expect(fieldErrorsFrom(renameClash).code).toBeDefined();
    expect((await counts()).skus).toBe(before.skus + 1);
  });

  it("validates the pack, logistics data and the temperature band", async () => {
    const caller = callerAs(t.db, planner);
    const { product } = await makeProductWithSku(t.db, hubId, basics);
    const bad = await caller.catalog.skus.create({ productId: product.id, ...skuFields("BAND-1"), packQuantity: 0, grossWeightG: -1, storageTempMinC: 12, storageTempMaxC: 2, lowStockThreshold: -5 }).catch((e) => e);
    expect(Object.keys(fieldErrorsFrom(bad)).sort()).toEqual(["grossWeightG", "lowStockThreshold", "packQuantity", "storageTempMaxC"]);
    expect(fieldErrorsFrom(bad).storageTempMaxC).toEqual(["The maximum must be at least the minimum temperature"]);
  });
});

describe("prices", () => {
  it("maps an overlapping price to a field error and keeps the existing one", async () => {
    const caller = callerAs(t.db, planner);
    const { sku } = await makeProductWithSku(t.db, hubId, basics);
    await caller.catalog.prices.add({ skuId: sku.id, channel: "RETAIL", amountMinor: 349, validFrom: "2026-01-01" });
    const before = await counts();
    const overlap = await caller.catalog.prices.add({ skuId: sku.id, channel: "RETAIL", amountMinor: 299, validFrom: "2026-06-01", validTo: "2026-07-01" }).catch((e) => e);
    expect(overlap.code).toBe("BAD_REQUEST");
    expect(fieldErrorsFrom(overlap).validFrom?.[0]).toMatch(/overlaps the validity of another retail price/);
    expect(await counts()).toEqual(before);
    // Another channel or tier does not overlap.
    await caller.catalog.prices.add({ skuId: sku.id, channel: "WHOLESALE", minQuantity: 10, amountMinor: 280, validFrom: "2026-01-01" });
    await caller.catalog.prices.add({ skuId: sku.id, channel: "WHOLESALE", minQuantity: 50, amountMinor: 250, validFrom: "2026-01-01" });
    const retailTier = await caller.catalog.prices.add({ skuId: sku.id, channel: "RETAIL", minQuantity: 5, amountMinor: 250, validFrom: "2026-01-01" }).catch((e) => e);
    expect(fieldErrorsFrom(retailTier).minQuantity).toBeDefined();
  });

  it("interprets a date as midnight in the hub and rejects an end before the start", async () => {
    const caller = callerAs(t.db, planner);
    const { sku } = await makeProductWithSku(t.db, hubId, basics);
    const { id } = await caller.catalog.prices.add({ skuId: sku.id, channel: "RETAIL", amountMinor: 100, validFrom: "2026-07-01", validTo: "2026-08-01" });
    const price = await t.db.price.findUniqueOrThrow({ where: { id } });
    expect(price.validFrom.toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(price.currency).toBe("EUR");
    const backwards = await caller.catalog.prices.add({ skuId: sku.id, channel: "RETAIL", amountMinor: 100, validFrom: "2026-09-01", validTo: "2026-08-01" }).catch((e) => e);
    expect(fieldErrorsFrom(backwards).validTo).toBeDefined();
  });

  it("schedules a change: closes the open-ended price at the date and opens the new one, atomically", async () => {
    const caller = callerAs(t.db, planner);
    const { sku, product } = await makeProductWithSku(t.db, hubId, basics);
    const first = await caller.catalog.prices.add({ skuId: sku.id, channel: "RETAIL", amountMinor: 349, validFrom: new Date(Date.now() - 86_400_000) });
    const from = new Date(Date.now() + 7 * 86_400_000);
    const scheduled = await caller.catalog.prices.schedule({ skuId: sku.id, channel: "RETAIL", amountMinor: 379, from });
    expect(scheduled.closedPriceId).toBe(first.id);
    const prices = await t.db.price.findMany({ where: { skuId: sku.id }, orderBy: { validFrom: "asc" } });
    expect(prices.map((p) => [p.amountMinor, p.validTo?.getTime() ?? null])).toEqual([[349, from.getTime()], [379, null]]);
    // The table shows the current price, not the scheduled one.
    const row = (await caller.catalog.products.list({ page: 0, pageSize: 200, sort: null, filters: { q: sku.code } })).rows.find((r) => r.id === product.id);
    expect(row).toMatchObject({ priceMinMinor: 349, priceMaxMinor: 349 });
    const detail = await caller.catalog.products.get({ id: product.id });
    expect(detail.skus[0]!.prices.map((p) => p.status).sort()).toEqual(["CURRENT", "SCHEDULED"]);
    // Scheduling at or before the start of the now-open price is a conflict; nothing changes.
    const before = await counts();
    const clash = await caller.catalog.prices.schedule({ skuId: sku.id, channel: "RETAIL", amountMinor: 399, from }).catch((e) => e);
    expect(fieldErrorsFrom(clash).from?.[0]).toMatch(/overlaps/);
    const past = await caller.catalog.prices.schedule({ skuId: sku.id, channel: "RETAIL", amountMinor: 399, from: "2020-01-01" }).catch((e) => e);
    expect(fieldErrorsFrom(past).from).toBeDefined();
    expect(await counts()).toEqual(before);
    expect(await t.db.auditLog.count({ where: { action: "catalog.price.scheduled", targetId: scheduled.id } })).toBe(1);
  });
});

describe("substitutions", () => {
  it("replaces the ranked list in one go and enforces the rules", async () => {
    const caller = callerAs(t.db, planner);
    const a = await makeProductWithSku(t.db, hubId, basics);
    const b = await makeProductWithSku(t.db, hubId, basics);
    const c = await makeProductWithSku(t.db, hubId, basics);
    await caller.catalog.substitutions.set({ skuId: a.sku.id, substituteSkuIds: [b.sku.id, c.sku.id] });
    await caller.catalog.substitutions.set({ skuId: a.sku.id, substituteSkuIds: [c.sku.id, b.sku.id] });
    const rules = await t.db.substitutionRule.findMany({ where: { skuId: a.sku.id }, orderBy: { rank: "asc" } });
    expect(rules.map((r) => [r.substituteSkuId, r.rank])).toEqual([[c.sku.id, 1], [b.sku.id, 2]]);

    const before = await counts();
    const self = await caller.catalog.substitutions.set({ skuId: a.sku.id, substituteSkuIds: [a.sku.id] }).catch((e) => e);
    expect(fieldErrorsFrom(self).substituteSkuIds).toEqual(["A SKU cannot substitute itself"]);
    const dup = await caller.catalog.substitutions.set({ skuId: a.sku.id, substituteSkuIds: [b.sku.id, b.sku.id] }).catch((e) => e);
    expect(fieldErrorsFrom(dup).substituteSkuIds).toBeDefined();
    await caller.catalog.skus.deactivate({ id: c.sku.id });
    const inactive = await caller.catalog.substitutions.set({ skuId: a.sku.id, substituteSkuIds: [b.sku.id, c.sku.id] }).catch((e) => e);
    expect(fieldErrorsFrom(inactive)["substituteSkuIds.1"]?.[0]).toMatch(/not active/);
    const otherHub = (await makeHub(t.db)).id;
    const foreign = await makeProductWithSku(t.db, otherHub, await makeCatalogBasics(t.db, otherHub));
    const cross = await caller.catalog.substitutions.set({ skuId: a.sku.id, substituteSkuIds: [foreign.sku.id] }).catch((e) => e);
    expect(fieldErrorsFrom(cross)["substituteSkuIds.0"]).toEqual(["This SKU does not exist in this hub"]);
    // The failed attempts left the list as it was (only the deactivation wrote an audit row).
    expect((await counts()).rules).toBe(before.rules);
    expect((await t.db.substitutionRule.findMany({ where: { skuId: a.sku.id }, orderBy: { rank: "asc" } })).map((r) => r.substituteSkuId)).toEqual([c.sku.id, b.sku.id]);
    const detail = await caller.catalog.products.get({ id: a.product.id });
    expect(detail.skus[0]!.substitutes.map((s) => s.code)).toEqual([c.sku.code, b.sku.code]);
  });
});

describe("categories and tax", () => {
  it("creates, reorders, refuses to delete a non-empty category, deletes an empty one", async () => {
    const caller = callerAs(t.db, planner);
    const fruit = await caller.catalog.categories.create({ name: "Fruit" });
    const herbs = await caller.catalog.categories.create({ name: "Herbs" });
    const dup = await caller.catalog.categories.create({ name: "Fruit again", slug: "fruit" }).catch((e) => e);
    expect(fieldErrorsFrom(dup).slug).toEqual(["Another category already uses this slug"]);
    const roots = (await caller.catalog.categories.list()).filter((c) => c.parentId === null).map((c) => c.id);
    await caller.catalog.categories.reorder({ parentId: null, ids: [...roots].reverse() });
    expect((await caller.catalog.categories.list()).filter((c) => c.parentId === null).map((c) => c.id)).toEqual([...roots].reverse());
    const partial = await caller.catalog.categories.reorder({ parentId: null, ids: [fruit.id] }).catch((e) => e);
    expect(fieldErrorsFrom(partial).ids).toBeDefined();
    const berries = await caller.catalog.categories.create({ name: "Berries", parentId: fruit.id });
    const cycle = await caller.catalog.categories.update({ id: fruit.id, name: "Fruit", parentId: berries.id }).catch((e) => e);
    expect(fieldErrorsFrom(cycle).parentId).toBeDefined();
    await expect(caller.catalog.categories.delete({ id: fruit.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(caller.catalog.categories.delete({ id: basics.category.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await caller.catalog.categories.delete({ id: herbs.id });
    expect(await t.db.category.findUnique({ where: { id: herbs.id } })).toBeNull();
  });

  it("manages tax categories with unique codes", async () => {
    const caller = callerAs(t.db, planner);
    const tax = await caller.catalog.taxCategories.create({ code: "high", name: "Standard rate", rateBasisPoints: 2100 });
    const dup = await caller.catalog.taxCategories.create({ code: "HIGH", name: "Dup", rateBasisPoints: 2100 }).catch((e) => e);
    expect(fieldErrorsFrom(dup).code).toBeDefined();
    const bad = await caller.catalog.taxCategories.update({ id: tax.id, code: "HIGH", name: "Standard", rateBasisPoints: 12_000 }).catch((e) => e);
    expect(fieldErrorsFrom(bad).rateBasisPoints).toBeDefined();
    await caller.catalog.taxCategories.update({ id: tax.id, code: "HIGH", name: "Standard", rateBasisPoints: 2000 });
    expect((await t.db.taxCategory.findUniqueOrThrow({ where: { id: tax.id } })).rateBasisPoints).toBe(2000);
  });
});
