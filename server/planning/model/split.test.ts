import { describe, expect, it } from "vitest";
import { farmWeights, largestRemainder, splitAcrossFarms, type FarmForSplit } from "./split";

describe("largestRemainder", () => {
  it("splits whole units in proportion and always sums to the total", () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // 3.5, 1.75, 1.75: floors 3, 1, 1 and the two largest remainders (0.75) get the two units left.
    expect(largestRemainder(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]);
    expect(largestRemainder(5, [0, 0])).toEqual([3, 2]);
    expect(largestRemainder(0, [1, 2])).toEqual([0, 0]);
    for (let total = 0; total < 60; total++) {
      const weights = [total % 7, 3, (total * 13) % 5, 0.1];
      const parts = largestRemainder(total, weights);
      expect(parts.reduce((s, x) => s + x, 0)).toBe(total);
      expect(parts.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    }
  });
});

describe("splitAcrossFarms", () => {
  const farms: FarmForSplit[] = [
    { farmId: "f1", areaM2: 1000, skuIds: ["tom"], harvestedUnitsBySku: {} },
    { farmId: "f2", areaM2: 2000, skuIds: ["tom", "let"], harvestedUnitsBySku: { tom: 300 } },
    { farmId: "f3", areaM2: 5000, skuIds: ["let"], harvestedUnitsBySku: { let: 50 } },
  ];

  it("weighs the area a farm gives the crop and its delivery history; only farms growing the SKU take part", () => {
    // tom growers f1 (1000 m2 for one crop) and f2 (2000 m2 over two crops): area 50/50; history all f2.
    expect(farmWeights(farms, "tom")).toEqual([{ farmId: "f1", weight: 0.25 }, { farmId: "f2", weight: 0.75 }]);
    expect(splitAcrossFarms(101, farms, "tom")).toEqual([{ farmId: "f1", units: 25 }, { farmId: "f2", units: 76 }]);
    // Nobody declares "kale": every farm of the cluster shares it by area.
    expect(splitAcrossFarms(10, farms, "kale").reduce((s, x) => s + x.units, 0)).toBe(10);
    // Zero shares are left out (the table requires a positive target).
    expect(splitAcrossFarms(1, farms, "tom")).toEqual([{ farmId: "f2", units: 1 }]);
  });
});
