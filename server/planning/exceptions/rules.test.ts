import { describe, expect, it } from "vitest";
import { netUnitMinor, pickShortLines, proposeFor, type AffectedLineInput } from "./rules";

const line = (id: string, channel: AffectedLineInput["channel"], placed: string, quantity: number, netUnitMinor = 300): AffectedLineInput => ({
  orderLineId: id, orderId: `o-${id}`, channel, placedAt: new Date(placed), quantity, netUnitMinor,
});

describe("pickShortLines", () => {
  const lines = [
    line("early", "STOREFRONT", "2026-11-10T08:00:00Z", 3),
    line("late", "STOREFRONT", "2026-11-12T08:00:00Z", 2),
    line("box", "SUBSCRIPTION", "2026-11-13T08:00:00Z", 4),
    line("shop", "B2B", "2026-11-14T08:00:00Z", 10),
  ];

  it("shorts the last one-off order first, then earlier ones, then boxes, business orders last", () => {
    expect(pickShortLines(lines, 4).map((l) => [l.orderLineId, l.shortUnits])).toEqual([["late", 2], ["early", 2]]);
    expect(pickShortLines(lines, 8).map((l) => [l.orderLineId, l.shortUnits])).toEqual([["late", 2], ["early", 3], ["box", 3]]);
    expect(pickShortLines(lines, 12).at(-1)).toMatchObject({ orderLineId: "shop", shortUnits: 3 });
  });

  it("never shorts more than the lines hold or than the shortage", () => {
    const all = pickShortLines(lines, 1000);
    expect(all.reduce((s, l) => s + l.shortUnits, 0)).toBe(19);
    expect(pickShortLines(lines, 0)).toEqual([]);
    expect(pickShortLines([line("empty", "STOREFRONT", "2026-11-10T08:00:00Z", 0)], 5)).toEqual([]);
  });
});

describe("proposeFor", () => {
  const short = pickShortLines([line("a", "STOREFRONT", "2026-11-12T08:00:00Z", 3, 250), line("b", "STOREFRONT", "2026-11-11T08:00:00Z", 2, 250)], 5);

  it("offers the lowest-ranked substitute with enough spare units, consuming its spare, then credits", () => {
    const proposals = proposeFor(short, [
      { skuId: "second", rank: 2, spareUnits: 100, unitPriceMinor: 200 },
      { skuId: "first", rank: 1, spareUnits: 3, unitPriceMinor: 400 },
    ]);
    expect(proposals[0]).toMatchObject({ kind: "SUBSTITUTE", substituteSkuId: "first", units: 3, unitPriceMinor: 250 });
    expect(proposals[1]).toMatchObject({ kind: "SUBSTITUTE", substituteSkuId: "second", units: 2, unitPriceMinor: 200 });
  });

  it("credits what the customer would have paid when no substitute has room", () => {
    const proposals = proposeFor(short, [{ skuId: "tiny", rank: 1, spareUnits: 1, unitPriceMinor: 100 }]);
    expect(proposals).toEqual([
      expect.objectContaining({ kind: "CREDIT", units: 3, creditMinor: 750 }),
      expect.objectContaining({ kind: "CREDIT", units: 2, creditMinor: 500 }),
    ]);
  });
});

it("netUnitMinor rounds down so a credit never exceeds what was paid", () => {
  expect(netUnitMinor({ quantity: 3, lineTotalMinor: 1000 })).toBe(333);
  expect(netUnitMinor({ quantity: 0, lineTotalMinor: 0 })).toBe(0);
});
