import { describe, expect, it } from "vitest";
import { bias, pooled, quantile, wape } from "./metrics";

describe("wape and bias", () => {
  it("match hand-computed values", () => {
    // |12-10| + |7-10| + |20-20| = 5 over 40 units; (12-10) + (7-10) + 0 = -1 over 40.
    const actual = [10, 10, 20];
    const forecast = [12, 7, 20];
    expect(wape(actual, forecast)).toBeCloseTo(5 / 40, 12);
    expect(bias(actual, forecast)).toBeCloseTo(-1 / 40, 12);
  });

  it("are 0 for a perfect forecast and defined when there was no demand", () => {
    expect(wape([3, 0, 5], [3, 0, 5])).toBe(0);
    expect(bias([3, 0, 5], [3, 0, 5])).toBe(0);
    expect(wape([0, 0], [0, 0])).toBe(0);
    expect(wape([0, 0], [1, 0])).toBe(1);
    expect(bias([0, 0], [1, 0])).toBe(1);
  });

  it("a forecast of all zeros has WAPE 1 and bias -1", () => {
    expect(wape([4, 6], [0, 0])).toBe(1);
    expect(bias([4, 6], [0, 0])).toBe(-1);
  });
});

describe("quantile", () => {
  it("interpolates between order statistics (type 7)", () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([5, 1, 4, 2, 3], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantile([10, 20], 0.9)).toBeCloseTo(19, 12);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("pooled", () => {
  it("equals the WAPE and bias of all pairs together", () => {
    const a1 = [10, 10];
    const f1 = [12, 7];
    const a2 = [100, 0];
    const f2 = [90, 5];
    const one = { wape: wape(a1, f1), bias: bias(a1, f1), volume: 20 };
    const two = { wape: wape(a2, f2), bias: bias(a2, f2), volume: 100 };
    const p = pooled([one, two]);
    expect(p.wape).toBeCloseTo(wape([...a1, ...a2], [...f1, ...f2]), 12);
    expect(p.bias).toBeCloseTo(bias([...a1, ...a2], [...f1, ...f2]), 12);
    expect(pooled([])).toEqual({ wape: 0, bias: 0, volume: 0 });
  });
});
