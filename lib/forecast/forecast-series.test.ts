import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecastSeries } from "./forecast-series";
import { normals, repeatPattern, seasonalPattern } from "./test-series";

describe("forecastSeries", () => {
  it("forecasts a pure seasonal series exactly with seasonal naive and a zero-width band", () => {
    const pattern = seasonalPattern(100, 40);
    const y = repeatPattern(pattern, 116);
    const r = forecastSeries(y);
    expect(r.method).toBe("SEASONAL_NAIVE");
    expect(r.intermittent).toBe(false);
    expect(r.wape).toBe(0);
    expect(r.candidates.HOLT_WINTERS!.wape).toBeLessThan(0.01);
    r.points.forEach((p, i) => {
      expect(p.p50).toBeCloseTo(pattern[(116 + i) % 52]!, 9);
      expect(p.p90 - p.p10).toBeLessThan(1e-6);
      expect(p.confidence).toBeGreaterThan(0.99);
    });
  });

  it("chooses Holt-Winters when a trend makes last year's week too low", () => {
    const z = normals(3);
    const pattern = seasonalPattern(0, 30);
    const y = Array.from({ length: 116 }, (_, t) => 100 + 0.6 * t + pattern[t % 52]! + 4 * z());
    const r = forecastSeries(y);
    expect(r.method).toBe("HOLT_WINTERS");
    expect(r.wape).toBeLessThan(r.seasonalNaiveWape);
    expect(r.seasonalNaiveBias).toBeLessThan(-0.1);
  });

  it("takes Croston for a regular intermittent series and forecasts its rate", () => {
    // 5 units every 5th week: demand falls on other weeks of last year, so seasonal naive misses.
    const y = Array.from({ length: 116 }, (_, t) => (t % 5 === 4 ? 5 : 0));
    const r = forecastSeries(y);
    expect(r.intermittent).toBe(true);
    expect(r.method).toBe("CROSTON");
    expect(r.points[0]!.p50).toBeCloseTo(1, 9);
    expect(r.wape).toBeLessThan(r.seasonalNaiveWape);
    expect(r.points[0]!.p10).toBe(0);
    expect(r.points[0]!.p90).toBeGreaterThanOrEqual(4);
  });

  it("p10..p90 covers about 80 % of new weeks of simulated noise", () => {
    const z = normals(11);
    let inside = 0;
    let total = 0;
    for (let s = 0; s < 60; s++) {
      const pattern = seasonalPattern(150, 50, s % 52);
      const all = Array.from({ length: 128 }, (_, t) => Math.max(0, pattern[t % 52]! + 15 * z()));
      const r = forecastSeries(all.slice(0, 116));
      r.points.forEach((p, i) => {
        total++;
        if (all[116 + i]! >= p.p10 && all[116 + i]! <= p.p90) inside++;
      });
    }
    expect(inside / total).toBeGreaterThan(0.7);
    expect(inside / total).toBeLessThan(0.9);
  });

  it("a new series (nothing to backtest) still gets a forecast, a wide band and low confidence", () => {
    const r = forecastSeries([4, 6]);
    expect(r.historyWeeks).toBe(2);
    expect(r.wape).toBe(1);
    expect(r.points).toHaveLength(12);
    expect(r.points[0]!.p50).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThan(0.05);
  });

  it("bands are ordered and non-negative, confidence within 0..1, for any series", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 200 }), { maxLength: 120 }), (y) => {
        const r = forecastSeries(y);
        expect(r.points).toHaveLength(12);
        for (const p of r.points) {
          expect(p.p10).toBeGreaterThanOrEqual(0);
          expect(p.p10).toBeLessThanOrEqual(p.p50);
          expect(p.p50).toBeLessThanOrEqual(p.p90);
          expect(p.confidence).toBeGreaterThanOrEqual(0);
          expect(p.confidence).toBeLessThanOrEqual(1);
        }
        expect(Number.isFinite(r.wape) && Number.isFinite(r.bias)).toBe(true);
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});
