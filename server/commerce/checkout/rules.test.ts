// Pricing, fees, discounts and zone matching: the pure rules checkout is built on.
import { describe, expect, it } from "vitest";
import { dateValue } from "@/lib/iso-week";
import { deliveryFeeFor, matchZone, pointInPolygon, prefixMatchLength, slotTimes } from "../delivery/rules";
import { discountAmounts, discountRefusal, normaliseCode, type DiscountRule } from "../promotions/rules";
import { basketTotals, orderNumber, priceLines, spreadDiscount, taxOn, tierPrice } from "./rules";

describe("spreadDiscount (largest remainder)", () => {
  it("shares sum exactly to the discount and follow the weights", () => {
    expect(spreadDiscount([100, 100, 100], 100)).toEqual([34, 33, 33]);
    expect(spreadDiscount([500, 300, 200], 100)).toEqual([50, 30, 20]);
    expect(spreadDiscount([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });
  it("never exceeds the total of the weights or gives a line more than its value", () => {
    expect(spreadDiscount([100, 50], 1000)).toEqual([100, 50]);
    expect(spreadDiscount([0, 0], 10)).toEqual([0, 0]);
    expect(spreadDiscount([10, 20], 0)).toEqual([0, 0]);
  });
  it("sums exactly for many random baskets", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 500; n++) {
      const weights = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => Math.floor(rnd() * 5000));
      const total = Math.floor(rnd() * weights.reduce((a, b) => a + b, 0) * 1.2);
      const shares = spreadDiscount(weights, total);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(Math.min(total, weights.reduce((a, b) => a + b, 0)));
      shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(weights[i]!));
    }
  });
});

describe("tax and tiers", () => {
  it("retail prices contain VAT; wholesale adds it on top", () => {
    expect(taxOn(1090, 900, true)).toBe(90);
    expect(taxOn(1000, 900, false)).toBe(90);
    expect(taxOn(1000, 2100, true)).toBe(174);
  });
  it("picks the wholesale tier with the highest minimum not above the quantity", () => {
    const tiers = [{ minQuantity: 1, amountMinor: 200 }, { minQuantity: 10, amountMinor: 180 }, { minQuantity: 50, amountMinor: 150 }];
    expect(tierPrice(tiers, 9)).toBe(200);
    expect(tierPrice(tiers, 10)).toBe(180);
    expect(tierPrice(tiers, 500)).toBe(150);
    expect(tierPrice([{ minQuantity: 5, amountMinor: 1 }], 4)).toBeNull();
  });
  it("prices lines with the discount spread and tax per line on what is paid", () => {
    const lines = [{ quantity: 2, unitPriceMinor: 300, taxRateBasisPoints: 900 }, { quantity: 1, unitPriceMinor: 400, taxRateBasisPoints: 2100 }];
    const amounts = priceLines(lines, 100, true);
    expect(amounts.map((a) => a.discountMinor)).toEqual([60, 40]);
    expect(amounts.map((a) => a.lineTotalMinor)).toEqual([540, 360]);
    expect(amounts.map((a) => a.taxMinor)).toEqual([taxOn(540, 900, true), taxOn(360, 2100, true)]);
  });
  it("retail totals include tax and the fee; wholesale totals add tax", () => {
    const lines = [{ quantity: 2, unitPriceMinor: 300, taxRateBasisPoints: 900 }];
    const retail = basketTotals(lines.map((l, i) => ({ ...l, ...priceLines(lines, 0, true)[i]! })), 495, true);
    expect(retail).toMatchObject({ subtotalMinor: 600, discountMinor: 0, deliveryFeeMinor: 495, totalMinor: 1095 });
    expect(retail.taxMinor).toBe(taxOn(600, 900, true) + taxOn(495, 900, true));
    const wholesale = basketTotals(lines.map((l, i) => ({ ...l, ...priceLines(lines, 0, false)[i]! })), 1000, false);
    expect(wholesale).toMatchObject({ subtotalMinor: 600, taxMinor: 54 + 90, totalMinor: 600 + 1000 + 144 });
  });
  it("numbers orders from the sequence", () => {
    expect(orderNumber(1234)).toBe("FR-0001234");
    expect(orderNumber(12345678n)).toBe("FR-12345678");
  });
});

describe("delivery fees", () => {
  const rules = [{ minSubtotalMinor: 0, feeMinor: 495 }, { minSubtotalMinor: 3000, feeMinor: 295 }, { minSubtotalMinor: 6000, feeMinor: 0 }];
  it("uses the rule with the highest minimum not above the subtotal", () => {
    expect(deliveryFeeFor(rules, 0)).toBe(495);
    expect(deliveryFeeFor(rules, 2999)).toBe(495);
    expect(deliveryFeeFor(rules, 3000)).toBe(295);
    expect(deliveryFeeFor(rules, 10_000)).toBe(0);
    expect(deliveryFeeFor([], 100)).toBe(0);
  });
});

describe("discount codes", () => {
  const base: DiscountRule = { kind: "PERCENT", percentBasisPoints: 1000, amountMinor: null, minimumSubtotalMinor: 2000, validFrom: new Date("2026-01-01"), validTo: new Date("2027-01-01"), usageLimit: 10, perCustomerLimit: 1, firstOrderOnly: false, timesUsed: 0, active: true };
  const use = { now: new Date("2026-06-01"), subtotalMinor: 5000, currency: "EUR", userId: "u1", customerRedemptions: 0, customerOrders: 0 };
  it("computes percent, fixed and free delivery", () => {
    expect(discountAmounts(base, 5000, 495)).toEqual({ goodsMinor: 500, feeMinor: 0 });
    expect(discountAmounts({ kind: "PERCENT", percentBasisPoints: 1250, amountMinor: null }, 999, 0)).toEqual({ goodsMinor: 124, feeMinor: 0 });
    expect(discountAmounts({ kind: "FIXED", percentBasisPoints: null, amountMinor: 1000 }, 600, 0)).toEqual({ goodsMinor: 600, feeMinor: 0 });
    expect(discountAmounts({ kind: "FREE_DELIVERY", percentBasisPoints: null, amountMinor: null }, 600, 495)).toEqual({ goodsMinor: 0, feeMinor: 495 });
  });
  it("refuses with a reason the shopper understands", () => {
    expect(discountRefusal(base, use)).toBeNull();
    expect(discountRefusal({ ...base, active: false }, use)).toMatch(/not valid/);
    expect(discountRefusal(base, { ...use, now: new Date("2025-12-31") })).toMatch(/not valid/);
    expect(discountRefusal(base, { ...use, now: new Date("2027-01-01") })).toMatch(/expired/);
    expect(discountRefusal({ ...base, timesUsed: 10 }, use)).toMatch(/used up/);
    expect(discountRefusal(base, { ...use, subtotalMinor: 1999 })).toMatch(/at least €20\.00/);
    expect(discountRefusal(base, { ...use, customerRedemptions: 1 })).toMatch(/already used/);
    expect(discountRefusal(base, { ...use, userId: null })).toMatch(/Sign in/);
    expect(discountRefusal({ ...base, firstOrderOnly: true }, { ...use, customerOrders: 1 })).toMatch(/first order/);
    expect(discountRefusal({ ...base, usageLimit: null, perCustomerLimit: null }, { ...use, userId: null })).toBeNull();
  });
  it("normalises codes", () => expect(normaliseCode(" sum mer10 ")).toBe("SUMMER10"));
});

describe("zone matching", () => {
  const square: Array<[number, number]> = [[5.0, 52.0], [5.2, 52.0], [5.2, 52.2], [5.0, 52.2]];
  const zones = [
    { id: "utrecht", postcodePrefixes: ["35"], polygon: null, priority: 0 },
    { id: "centre", postcodePrefixes: ["3511", "3512"], polygon: null, priority: 0 },
    { id: "ring", postcodePrefixes: [], polygon: square, priority: 0 },
    { id: "vip", postcodePrefixes: ["3584"], polygon: null, priority: 5 },
  ];
  it("takes the longest matching prefix, ignoring spaces and case", () => {
    expect(prefixMatchLength("3511 ab", ["35", "3511"])).toBe(4);
    expect(matchZone(zones, { postcode: "3511 AB" })?.id).toBe("centre");
    expect(matchZone(zones, { postcode: "3581AA" })?.id).toBe("utrecht");
    expect(matchZone(zones, { postcode: "1011AA" })).toBeNull();
  });
  it("a polygon hit beats a prefix at equal priority; priority beats both", () => {
    expect(matchZone(zones, { postcode: "3511AB", latitude: 52.1, longitude: 5.1 })?.id).toBe("ring");
    expect(matchZone(zones, { postcode: "9999ZZ", latitude: 52.1, longitude: 5.1 })?.id).toBe("ring");
    expect(matchZone(zones, { postcode: "3584CS", latitude: 52.1, longitude: 5.1 })?.id).toBe("vip");
  });
  it("point in polygon", () => {
    expect(pointInPolygon(5.1, 52.1, square)).toBe(true);
    expect(pointInPolygon(5.3, 52.1, square)).toBe(false);
    const concave: Array<[number, number]> = [[0, 0], [4, 0], [4, 4], [2, 1], [0, 4]];
    expect(pointInPolygon(2, 3, concave)).toBe(false);
    expect(pointInPolygon(1, 1, concave)).toBe(true);
  });
});

describe("slot times", () => {
  it("places windows and cutoffs in hub-local time across DST", () => {
    const zone = { cutoffDaysBefore: 2, cutoffTime: "18:00" };
    const winter = slotTimes({ weekday: 2, startTime: "08:00", endTime: "12:00" }, zone, dateValue("2026-12-08"), "Europe/Amsterdam");
    expect(winter.startsAt.toISOString()).toBe("2026-12-08T07:00:00.000Z");
    expect(winter.endsAt.toISOString()).toBe("2026-12-08T11:00:00.000Z");
    expect(winter.cutoffAt.toISOString()).toBe("2026-12-06T17:00:00.000Z");
    const summer = slotTimes({ weekday: 2, startTime: "08:00", endTime: "12:00" }, zone, dateValue("2026-06-09"), "Europe/Amsterdam");
    expect(summer.startsAt.toISOString()).toBe("2026-06-09T06:00:00.000Z");
    expect(summer.cutoffAt.toISOString()).toBe("2026-06-07T16:00:00.000Z");
  });
  it("a same-day cutoff after the window opens is pulled back to the start", () => {
    const t = slotTimes({ weekday: 2, startTime: "08:00", endTime: "12:00" }, { cutoffDaysBefore: 0, cutoffTime: "10:00" }, dateValue("2026-12-08"), "Europe/Amsterdam");
    expect(t.cutoffAt).toEqual(t.startsAt);
  });
});
