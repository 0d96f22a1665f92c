import { describe, expect, it } from "vitest";
import { classify, croston, crostonMethod, tsb } from "./intermittent";

/** 5 units every 4th week. */
const everyFourth = (weeks: number) => Array.from({ length: weeks }, (_, t) => (t % 4 === 3 ? 5 : 0));

describe("classify", () => {
  it("uses the average demand interval (ADI > 1.32 is intermittent)", () => {
    expect(classify(everyFourth(40))).toEqual({ zeroShare: 0.75, adi: 4, intermittent: true });
    expect(classify([3, 4, 5, 0])).toMatchObject({ zeroShare: 0.25, intermittent: true });
    expect(classify([3, 4, 5, 6, 0, 2, 2, 2, 2, 2]).intermittent).toBe(false);
    expect(classify([0, 0]).intermittent).toBe(true);
  });
});

describe("Croston", () => {
  it("forecasts a regular intermittent series exactly: size / interval", () => {
    for (const alpha of [0.05, 0.1, 0.3]) expect(croston(everyFourth(60), 3, alpha)).toEqual([1.25, 1.25, 1.25]);
    expect(crostonMethod.fit(everyFourth(60))(everyFourth(80), 2)).toEqual([1.25, 1.25]);
  });

  it("moves towards larger sizes and shorter intervals when demand picks up", () => {
    const y = [...everyFourth(40), 10, 0, 10, 0, 10, 0];
    expect(croston(y, 1, 0.2)[0]).toBeGreaterThan(1.25);
  });

  it("forecasts zero without demand", () => {
    expect(croston([0, 0, 0], 2)).toEqual([0, 0]);
  });
});

describe("TSB", () => {
  it("is close to the mean rate on a regular series and decays when demand stops", () => {
    expect(tsb(everyFourth(60), 1)[0]).toBeCloseTo(1.25, 0);
    const stopped = [...everyFourth(40), ...new Array(20).fill(0)];
    expect(tsb(stopped, 1, 0.1, 0.1)[0]).toBeLessThan(0.3);
    // Croston keeps forecasting the old rate.
    expect(croston(stopped, 1)[0]).toBeCloseTo(1.25, 6);
    expect(tsb([0, 0], 1)).toEqual([0]);
  });
});
