import { describe, expect, it } from "vitest";
import { formatPack, formatUnits, unitPriceMinor } from "./units";
import { formatMoney, parseMoneyInput, taxIncluded } from "./money";

describe("units", () => {
  it("formats pack content with singular and plural", () => {
    expect(formatPack(250, "G")).toBe("250 g");
    expect(formatPack(1, "BUNCH")).toBe("1 bunch");
    expect(formatPack(6, "EACH")).toBe("6 pieces");
    expect(formatUnits(1)).toBe("1 unit");
    expect(formatUnits(1200)).toBe("1,200 units");
  });
  it("derives a price per kg or litre only for mass and volume packs", () => {
    expect(unitPriceMinor(349, 250, "G")).toEqual({ perMinor: 1396, per: "kg" });
    expect(unitPriceMinor(199, 1, "L")).toEqual({ perMinor: 199, per: "l" });
    expect(unitPriceMinor(299, 1, "BUNCH")).toBeNull();
  });
});

describe("money", () => {
  it("parses typed amounts into minor units and rejects malformed input", () => {
    expect(parseMoneyInput("3.49", "EUR")).toBe(349);
    expect(parseMoneyInput("3,5", "EUR")).toBe(350);
    expect(parseMoneyInput("12", "EUR")).toBe(1200);
    expect(parseMoneyInput("-1", "EUR")).toBeNull();
    expect(parseMoneyInput("1.234", "EUR")).toBeNull();
  });
  it("formats and extracts included tax in integers", () => {
    expect(formatMoney(349, "EUR")).toBe("€3.49");
    expect(taxIncluded(109, 900)).toBe(9);
  });
});
