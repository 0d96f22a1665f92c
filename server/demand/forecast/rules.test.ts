// Pure parts of the forecast service: series from weekly actuals, the input hash, the run summary.
import { describe, expect, it } from "vitest";
import { forecastSeries, type SeriesForecast } from "@/lib/forecast";
import { buildSeries, inputHash } from "./series";
import { backtestWeeks, summarise } from "./summary";

describe("buildSeries", () => {
  it("fills gaps with 0 from each series' first week to asOfWeek, sums duplicates and ignores later weeks", () => {
    const rows = [
      { skuId: "b", zoneId: "z1", isoWeek: "2026-W50", units: 4 },
      { skuId: "a", zoneId: "z1", isoWeek: "2026-W52", units: 3 },
      { skuId: "a", zoneId: "z1", isoWeek: "2026-W50", units: 1 },
      { skuId: "a", zoneId: "z1", isoWeek: "2026-W50", units: 2 },
      { skuId: "a", zoneId: "z1", isoWeek: "2027-W02", units: 9 },
      { skuId: "c", zoneId: "z1", isoWeek: "2026-W51", units: 0 },
    ];
    expect(buildSeries(rows, "2027-W01")).toEqual([
      // 2026 has 53 ISO weeks.
      { skuId: "a", zoneId: "z1", firstWeek: "2026-W50", values: [3, 0, 3, 0, 0] },
      { skuId: "b", zoneId: "z1", firstWeek: "2026-W50", values: [4, 0, 0, 0, 0] },
    ]);
  });

  it("keeps at most maxWeeks of history", () => {
    const rows = [{ skuId: "a", zoneId: "z", isoWeek: "2026-W01", units: 5 }, { skuId: "a", zoneId: "z", isoWeek: "2026-W10", units: 1 }];
    expect(buildSeries(rows, "2026-W10", 4)).toEqual([{ skuId: "a", zoneId: "z", firstWeek: "2026-W10", values: [1] }]);
  });
});

describe("inputHash", () => {
  it("changes with any value, the week or the version", () => {
    const s = [{ skuId: "a", zoneId: "z", firstWeek: "2026-W01", values: [1, 2] }];
    const h = inputHash(s, "2026-W02", "1");
    expect(inputHash(s, "2026-W02", "1")).toBe(h);
    expect(inputHash([{ ...s[0]!, values: [1, 3] }], "2026-W02", "1")).not.toBe(h);
    expect(inputHash(s, "2026-W03", "1")).not.toBe(h);
    expect(inputHash(s, "2026-W02", "2")).not.toBe(h);
  });
});

const fake = (over: Partial<SeriesForecast>): SeriesForecast => ({
  method: "SEASONAL_NAIVE", intermittent: false, zeroShare: 0, wape: 0.2, bias: 0, seasonalNaiveWape: 0.3, seasonalNaiveBias: 0,
  candidates: {}, historyWeeks: 100, backtestVolume: 100, points: [], oneStep: { actual: [], chosen: [], seasonalNaive: [] }, confidence: 0.5, ...over,
});

describe("summarise", () => {
  it("pools WAPE by volume, per class and per candidate, and counts the methods chosen", () => {
    const list = [
      fake({ method: "HOLT_WINTERS", wape: 0.1, backtestVolume: 300, candidates: { SEASONAL_NAIVE: { wape: 0.2, bias: 0.1, volume: 300 }, HOLT_WINTERS: { wape: 0.1, bias: 0, volume: 300 } } }),
      fake({ method: "CROSTON", intermittent: true, wape: 0.9, bias: -0.5, backtestVolume: 100, candidates: { SEASONAL_NAIVE: { wape: 1.3, bias: 0.2, volume: 100 }, CROSTON: { wape: 0.9, bias: -0.5, volume: 100 } } }),
    ];
    const s = summarise(list, "2026-W47");
    expect(s.series).toBe(2);
    expect(s.wape).toBeCloseTo((0.1 * 300 + 0.9 * 100) / 400, 12);
    expect(s.bias).toBeCloseTo(-0.5 * 100 / 400, 12);
    expect(s.seasonalNaiveWape).toBeCloseTo((0.2 * 300 + 1.3 * 100) / 400, 12);
    expect(s.byClass.smooth).toMatchObject({ series: 1, wape: 0.1, seasonalNaiveWape: 0.2 });
    expect(s.byClass.intermittent).toMatchObject({ series: 1, wape: 0.9, seasonalNaiveWape: 1.3 });
    expect(s.methods).toEqual({ HOLT_WINTERS: 1, CROSTON: 1 });
    expect(s.candidates.SEASONAL_NAIVE).toMatchObject({ series: 2 });
    expect(s.candidates.HOLT_WINTERS).toMatchObject({ series: 1, wape: 0.1 });
  });

  it("lines the one-week-ahead backtest of every series up by week, ending at asOfWeek", () => {
    const list = [
      fake({ oneStep: { actual: [10, 20, 30], chosen: [12, 18, 30], seasonalNaive: [5, 25, 40] } }),
      fake({ oneStep: { actual: [4], chosen: [3], seasonalNaive: [4] } }),
    ];
    expect(backtestWeeks(list, "2026-W02")).toEqual([
      { isoWeek: "2025-W52", actual: 10, absError: 2, error: 2, naiveAbsError: 5, naiveError: -5 },
      { isoWeek: "2026-W01", actual: 20, absError: 2, error: -2, naiveAbsError: 5, naiveError: 5 },
      { isoWeek: "2026-W02", actual: 34, absError: 1, error: -1, naiveAbsError: 10, naiveError: 10 },
    ]);
  });

  it("runs on real forecasts", () => {
    const y = Array.from({ length: 80 }, (_, t) => 20 + (t % 7));
    const s = summarise([forecastSeries(y)], "2026-W10");
    expect(s.weekly).toHaveLength(26);
    expect(s.weekly.at(-1)!.isoWeek).toBe("2026-W10");
  });
});
