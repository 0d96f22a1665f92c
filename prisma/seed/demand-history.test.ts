import { describe, expect, it } from "vitest";
import { classify } from "@/lib/forecast";
import { SEED_REFERENCE_DATE } from "./demo-catalog";
import { buildDemandHistory, historyWeeksFor, poisson, seriesUnits, type SeriesSpec } from "./demand-history";
import { createRng } from "./random";

const w = historyWeeksFor(SEED_REFERENCE_DATE);
const spec = (over: Partial<SeriesSpec>): SeriesSpec => ({ skuId: "sku_x", zoneId: "dz_utr", crop: "onions", level: 40, ...over });
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;

describe("demand history weeks", () => {
  it("are the 104 weeks before the 13 seeded order weeks", () => {
    expect(w.orderWeeks).toHaveLength(13);
    expect(w.orderWeeks.at(-1)).toBe("2026-W47");
    expect(w.weeks).toHaveLength(104);
    expect(w.weeks[0]).toBe("2024-W35");
    expect(w.weeks.at(-1)).toBe("2026-W34");
  });
});

describe("seriesUnits", () => {
  it("is deterministic per series", () => {
    expect(seriesUnits(spec({}), w, 5)).toEqual(seriesUnits(spec({}), w, 5));
    expect(seriesUnits(spec({ zoneId: "dz_ame" }), w, 5)).not.toEqual(seriesUnits(spec({}), w, 5));
  });

  it("joins the order level: the same weeks a year earlier average the level less a year of growth", () => {
    for (const crop of ["onions", "strawberries", "brussels sprouts"]) {
      const units = seriesUnits(spec({ crop, level: 60 }), w, 5);
      // 2025-W35..W47 are history positions 52..64.
      const lastYear = mean(units.slice(52, 65));
      expect(lastYear, crop).toBeGreaterThan(60 * 0.8);
      expect(lastYear, crop).toBeLessThan(60 * 1.05);
    }
  });

  it("follows the crop's season: strawberries peak in summer, sprouts in winter, cherries only in their window", () => {
    const summer = (u: number[]) => mean(u.slice(42, 50)); // 2025-W25..W32
    const winter = (u: number[]) => mean(u.slice(64, 72)); // 2025-W47..2026-W02
    const straw = seriesUnits(spec({ crop: "strawberries", level: 30 }), w, 5);
    expect(summer(straw)).toBeGreaterThan(3 * winter(straw));
    const sprouts = seriesUnits(spec({ crop: "brussels sprouts", level: 30 }), w, 5);
    expect(winter(sprouts)).toBeGreaterThan(2 * summer(sprouts));
    const cherries = seriesUnits(spec({ crop: "cherries", level: null }), w, 20);
    expect(summer(cherries)).toBeGreaterThan(8);
    expect(winter(cherries)).toBe(0);
  });
});

describe("buildDemandHistory", () => {
  it("leaves zero weeks out, and low-volume series come out intermittent", () => {
    const specs = [spec({ skuId: "a", level: 50 }), spec({ skuId: "b", level: 0.4 }), spec({ skuId: "c", crop: "cherries", level: null })];
    const rows = buildDemandHistory("hub", specs, w);
    expect(rows.every((r) => r.units > 0)).toBe(true);
    const series = (sku: string) => w.weeks.map((wk) => rows.find((r) => r.skuId === sku && r.isoWeek === wk)?.units ?? 0);
    expect(classify(series("a")).intermittent).toBe(false);
    expect(classify(series("b")).intermittent).toBe(true);
    expect(classify(series("c")).intermittent).toBe(true);
  });
});

describe("poisson", () => {
  it("has the right mean for small and large means", () => {
    const rng = createRng(1);
    for (const m of [0.3, 4, 80]) expect(mean(Array.from({ length: 4000 }, () => poisson(rng, m)))).toBeCloseTo(m, m > 10 ? -0.5 : 0);
    expect(poisson(rng, 0)).toBe(0);
  });
});
