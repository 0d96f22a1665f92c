import { describe, expect, it } from "vitest";
import { backtest, backtestOrigins } from "./backtest";
import { seasonalNaiveMethod } from "./seasonal-naive";
import type { Method } from "./types";

const opts = { horizon: 3, origins: 4, minTrain: 2 };

describe("backtestOrigins", () => {
  it("takes the last weeks that leave enough training history", () => {
    expect(backtestOrigins(10, opts)).toEqual([6, 7, 8, 9]);
    expect(backtestOrigins(4, opts)).toEqual([2, 3]);
    expect(backtestOrigins(2, opts)).toEqual([]);
  });
});

describe("backtest", () => {
  it("scores every origin and horizon against what followed (hand-computed, last-value forecasts)", () => {
    const lastValue: Method = { name: "SEASONAL_NAIVE", fit: () => (h, k) => new Array(k).fill(h[h.length - 1]) };
    // y = 1..6, origins 3, 4, 5 (training lengths), horizon up to 3.
    const r = backtest([1, 2, 3, 4, 5, 6], lastValue, { horizon: 3, origins: 3, minTrain: 2 })!;
    // origin 3 (last 3): 4, 5, 6 -> errors 1, 2, 3; origin 4 (last 4): 5, 6 -> 1, 2; origin 5 (last 5): 6 -> 1.
    expect(r.residuals).toEqual([[1, 1, 1], [2, 2], [3]]);
    expect(r.pairs).toBe(6);
    expect(r.volume).toBe(32);
    expect(r.oneStep).toEqual({ actual: [4, 5, 6], forecast: [3, 4, 5] });
    expect(r.wape).toBeCloseTo(10 / 32, 12);
    expect(r.bias).toBeCloseTo(-10 / 32, 12);
  });

  it("fits parameters on the history before the first origin only", () => {
    const seen: number[] = [];
    const spy: Method = { name: "HOLT_WINTERS", fit: (train) => (seen.push(train.length), (h, k) => new Array(k).fill(0)) };
    backtest([1, 2, 3, 4, 5, 6, 7, 8], spy, opts);
    expect(seen).toEqual([4]);
  });

  it("returns null when the series is too short", () => {
    expect(backtest([1], seasonalNaiveMethod, opts)).toBeNull();
  });
});
