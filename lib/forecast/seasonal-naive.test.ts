import { describe, expect, it } from "vitest";
import { seasonalNaive } from "./seasonal-naive";
import { repeatPattern, seasonalPattern } from "./test-series";

describe("seasonalNaive", () => {
  it("forecasts a pure seasonal series exactly, also beyond one period", () => {
    const pattern = seasonalPattern(100, 40);
    const y = repeatPattern(pattern, 104 + 7);
    const f = seasonalNaive(y.slice(0, 100), 60);
    expect(f).toEqual(repeatPattern(pattern, 160).slice(100));
  });

  it("with a short period repeats the last period", () => {
    expect(seasonalNaive([1, 2, 3, 4, 5, 6], 5, 3)).toEqual([4, 5, 6, 4, 5]);
  });

  it("falls back to the last value with less than a period, and to zero with no history", () => {
    expect(seasonalNaive([5, 7, 9], 3)).toEqual([9, 9, 9]);
    expect(seasonalNaive([], 2)).toEqual([0, 0]);
  });
});
