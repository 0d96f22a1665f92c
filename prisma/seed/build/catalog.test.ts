// The demo catalogue is realistic and internally consistent: sizes, bands, prices and substitutions.
import { describe, expect, it } from "vitest";
import { PRODUCE, SUBSTITUTIONS } from "../data/catalog";
import { SEED_REFERENCE_DATE } from "../demo-catalog";
import { skuId } from "../ids";
import { PRICE_DATES, WHOLESALE_TIERS, buildCatalog, netGrams, shelfPrice } from "./catalog";

const c = buildCatalog("hub_x", "EUR");
const skuByCode = new Map(c.skus.map((s) => [s.code, s]));

describe("catalogue builder", () => {
  it("defines ~60 products and ~80 SKUs with unique slugs, codes and ids", () => {
    expect(c.products.length).toBeGreaterThanOrEqual(55);
    expect(c.products.length).toBeLessThanOrEqual(65);
    expect(c.skus.length).toBeGreaterThanOrEqual(75);
    expect(c.skus.length).toBeLessThanOrEqual(85);
    expect(new Set(c.products.map((p) => p.slug)).size).toBe(c.products.length);
    expect(new Set(c.skus.map((s) => s.code)).size).toBe(c.skus.length);
    expect(new Set(c.skus.map((s) => s.id)).size).toBe(c.skus.length);
    for (const s of c.skus) expect(s.code).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)+$/);
    for (const p of c.products) expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("describes every product in two or three sentences and gives it search words", () => {
    for (const p of PRODUCE) {
      const sentences = p.description.split(/(?<=[.!?])\s+/).length;
      expect(sentences, p.slug).toBeGreaterThanOrEqual(2);
      expect(sentences, p.slug).toBeLessThanOrEqual(3);
      expect(p.keywords.split(" ").length, p.slug).toBeGreaterThanOrEqual(2);
    }
    expect(PRODUCE.find((p) => p.slug === "cherry-tomatoes")!.keywords).toContain("toms");
    expect(PRODUCE.find((p) => p.slug === "courgettes")!.keywords).toContain("zucchini");
  });

  it("gives every SKU positive logistics figures and a realistic storage band", () => {
    for (const p of PRODUCE) {
      for (const def of p.skus) {
        const s = skuByCode.get(def.code)!;
        expect(s.grossWeightG).toBeGreaterThan(netGrams(p, def));
        expect(s.volumeMl).toBeGreaterThan(0);
        expect(s.shelfLifeDays).toBeGreaterThan(0);
        expect(s.storageTempMinC).toBeLessThan(s.storageTempMaxC);
        expect(s.lowStockThreshold).toBeGreaterThanOrEqual(10);
        expect(s.lowStockThreshold).toBeLessThanOrEqual(40);
        if (p.category === "leafy-greens-salads") expect([s.storageTempMinC, s.storageTempMaxC]).toEqual([0, 4]);
        if (p.crop === "tomatoes") expect([s.storageTempMinC, s.storageTempMaxC]).toEqual([10, 13]);
        if (p.crop === "potatoes") expect([s.storageTempMinC, s.storageTempMaxC]).toEqual([6, 10]);
        if (p.category === "eggs") expect([s.storageTempMinC, s.storageTempMaxC]).toEqual([4, 15]);
      }
    }
    expect(skuByCode.get("POT-WAX-2500G")!.grossWeightG).toBe(2508);
    expect(skuByCode.get("EGG-FR-6")).toMatchObject({ packQuantity: 6, packUnit: "EACH", packaging: "egg box" });
  });

  it("never overlaps two prices of one SKU, channel and tier", () => {
    const groups = new Map<string, { from: number; to: number }[]>();
    for (const p of c.prices) {
      const key = `${p.skuId}|${p.channel}|${p.minQuantity ?? 1}`;
      const from = new Date(p.validFrom).getTime();
      const to = p.validTo ? new Date(p.validTo).getTime() : Infinity;
      expect(to).toBeGreaterThan(from);
      for (const other of groups.get(key) ?? []) expect(from < other.to && other.from < to, key).toBe(false);
      groups.set(key, [...(groups.get(key) ?? []), { from, to }]);
    }
  });

  it("prices every SKU at retail now and after the scheduled rises, with cheaper wholesale tiers", () => {
    const holds = (p: (typeof c.prices)[number], at: Date) => new Date(p.validFrom) <= at && (!p.validTo || new Date(p.validTo) > at);
    for (const s of c.skus) {
      for (const at of [SEED_REFERENCE_DATE, new Date("2027-06-01T00:00:00Z")]) {
        expect(c.prices.filter((p) => p.skuId === s.id && p.channel === "RETAIL" && holds(p, at)), s.code).toHaveLength(1);
      }
      const retail = c.prices.find((p) => p.skuId === s.id && p.channel === "RETAIL" && holds(p, SEED_REFERENCE_DATE))!.amountMinor;
      const tiers = WHOLESALE_TIERS.map((t) => c.prices.find((p) => p.skuId === s.id && p.channel === "WHOLESALE" && p.minQuantity === t.minQuantity)!.amountMinor);
      expect(tiers[0]).toBeLessThan(retail);
      expect(tiers[1]).toBeLessThanOrEqual(tiers[0]!);
      expect(tiers[2]).toBeLessThanOrEqual(tiers[1]!);
    }
    const rises = c.prices.filter((p) => p.validFrom === PRICE_DATES.next);
    expect(rises.length).toBeGreaterThan(5);
    for (const r of rises) {
      const current = c.prices.find((p) => p.skuId === r.skuId && p.channel === "RETAIL" && p.validFrom === PRICE_DATES.current)!;
      expect(current.validTo).toEqual(PRICE_DATES.next);
      expect(r.amountMinor).toBeGreaterThan(current.amountMinor);
    }
    expect([shelfPrice(263), shelfPrice(348)]).toEqual([259, 349]);
  });

  it("ranks about forty substitutions between existing SKUs, never across egg pack sizes", () => {
    const codes = new Set(c.skus.map((s) => s.code));
    expect(c.substitutions.length).toBeGreaterThanOrEqual(35);
    expect(c.substitutions.length).toBeLessThanOrEqual(60);
    for (const [from, alternatives] of SUBSTITUTIONS) {
      expect(codes.has(from), from).toBe(true);
      for (const to of alternatives) expect(codes.has(to) && to !== from, `${from} -> ${to}`).toBe(true);
    }
    const ranks = c.substitutions.filter((s) => s.skuId === skuId("TOM-CHER-250G")).map((s) => [s.substituteSkuId, s.rank]);
    expect(ranks).toEqual([[skuId("TOM-PLUM-250G"), 1], [skuId("TOM-VINE-500G"), 2]]);
    expect(c.substitutions.some((s) => s.skuId === skuId("EGG-FR-6") && s.substituteSkuId === skuId("EGG-FR-10"))).toBe(false);
  });
});
