import { describe, expect, it } from "vitest";
import { fitHoltWinters, holtWintersForecast, hwPeriod, smoothCircular } from "./holt-winters";
import { repeatPattern, normals, seasonalPattern } from "./test-series";

describe("smoothCircular", () => {
  it("averages 1-2-3-2-1 around the circle and keeps a constant", () => {
    expect(smoothCircular([9, 0, 0, 0, 0, 0])).toEqual([3, 2, 1, 0, 1, 2]);
    expect(smoothCircular([4, 4, 4, 4, 4, 4, 4])).toEqual([4, 4, 4, 4, 4, 4, 4]);
  });
});

describe("Holt-Winters (additive, damped)", () => {
  it("forecasts a pure seasonal series closely (within 2 % of its swing: the indices are smoothed)", () => {
    const pattern = seasonalPattern(100, 40);
    const y = repeatPattern(pattern, 116);
    const p = fitHoltWinters(y.slice(0, 104));
    const f = holtWintersForecast(y.slice(0, 104), 12, p);
    f.forEach((v, i) => expect(Math.abs(v - y[104 + i]!)).toBeLessThan(0.8));
  });

  it("follows a linear trend plus season, damped over the horizon", () => {
    const pattern = seasonalPattern(0, 20);
    const y = Array.from({ length: 130 }, (_, t) => 50 + 0.5 * t + pattern[t % 52]!);
    const p = fitHoltWinters(y.slice(0, 118));
    const f = holtWintersForecast(y.slice(0, 118), 12, p);
    // Damping keeps the forecast at or under the straight-line continuation, but close to it.
    f.forEach((v, i) => {
      expect(v).toBeLessThanOrEqual(y[118 + i]! + 1e-6);
      expect(v).toBeGreaterThan(y[118 + i]! - 0.5 * (i + 1) - 1);
    });
  });

  it("averages noise: one-step error near the noise level on a noisy seasonal series", () => {
    const z = normals(7);
    const pattern = seasonalPattern(200, 60);
    const y = Array.from({ length: 156 }, (_, t) => pattern[t % 52]! + 10 * z());
    const p = fitHoltWinters(y.slice(0, 144));
    const f = holtWintersForecast(y.slice(0, 144), 12, p);
    const rmse = Math.sqrt(f.reduce((s, v, i) => s + (v - y[144 + i]!) ** 2, 0) / 12);
    expect(rmse).toBeLessThan(20);
  });

  it("without a full season of history it is damped Holt (no seasonality)", () => {
    expect(hwPeriod(40)).toBe(1);
    expect(hwPeriod(60)).toBe(52);
    const f = holtWintersForecast([10, 10, 10, 10, 10, 10], 3, { alpha: 0.3, beta: 0.05, gamma: 0, phi: 0.9 });
    f.forEach((v) => expect(v).toBeCloseTo(10, 9));
  });
});
