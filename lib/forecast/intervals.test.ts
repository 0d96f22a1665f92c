import { describe, expect, it } from "vitest";
import { bandOf, confidenceOf, fallbackBand, residualQuantiles } from "./intervals";

describe("residualQuantiles", () => {
  it("pools neighbouring horizons and gives the 10th and 90th percentiles", () => {
    const residuals = [[-1, 1], [-2, 2], [-3, 3], []];
    const q = residualQuantiles(residuals);
    // h=1 pools h1..h2: [-1, 1, -2, 2] -> q10 = -1.7, q90 = 1.7.
    expect(q[0]![0]).toBeCloseTo(-1.7, 12);
    expect(q[0]![1]).toBeCloseTo(1.7, 12);
    // h=4 pools h3..h4 (h4 empty): [-3, 3].
    expect(q[3]).toEqual([-2.4, 2.4].map((v) => expect.closeTo(v, 12)) as unknown as [number, number]);
    expect(residualQuantiles([[], []])).toEqual([null, null]);
  });
});

describe("bandOf", () => {
  it("adds the residual quantiles to the point, ordered and non-negative", () => {
    expect(bandOf(10, [-3, 4])).toEqual({ p10: 7, p50: 10, p90: 14 });
    expect(bandOf(2, [-5, 1])).toEqual({ p10: 0, p50: 2, p90: 3 });
    expect(bandOf(-1, [-1, 2])).toEqual({ p10: 0, p50: 0, p90: 1 });
    // A method that always over-forecast: both quantiles negative; the band still holds p50.
    expect(bandOf(10, [-4, -1])).toEqual({ p10: 6, p50: 10, p90: 10 });
  });

  it("falls back to +-50 % widening with sqrt(h) without a backtest", () => {
    expect(fallbackBand(10, 1)).toEqual({ p10: 5, p50: 10, p90: 15 });
    expect(fallbackBand(10, 4)).toEqual({ p10: 0, p50: 10, p90: 20 });
  });
});

describe("confidenceOf", () => {
  it("is 1 for a perfect, narrow, well-founded forecast and falls with width, error and short history", () => {
    expect(confidenceOf({ p10: 10, p50: 10, p90: 10 }, 0, 104)).toBe(1);
    expect(confidenceOf({ p10: 5, p50: 10, p90: 15 }, 0, 104)).toBeCloseTo(0.5, 12);
    expect(confidenceOf({ p10: 10, p50: 10, p90: 10 }, 0.25, 104)).toBeCloseTo(0.8, 12);
    expect(confidenceOf({ p10: 10, p50: 10, p90: 10 }, 1, 104)).toBeCloseTo(0.5, 12);
    expect(confidenceOf({ p10: 10, p50: 10, p90: 10 }, 0, 26)).toBeCloseTo(0.5, 12);
    // 1/(1+3) x 1/(1+50): an intermittent week is hardly predictable.
    expect(confidenceOf({ p10: 0, p50: 0, p90: 50 }, 3, 200)).toBeCloseTo(1 / 204, 12);
  });
});
