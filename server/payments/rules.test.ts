// Pure payment rules: the value of a delivery and its split, balanced postings, forward-only states.
import { describe, expect, it } from "vitest";
import { authorizedPostings, canAdvance, capturedPostings, deliveredPostings, deliveredValue, manualStatus, refundPostings, type OrderMoney } from "./rules";

const sum = (ps: Array<{ amountMinor: number }>) => ps.reduce((s, p) => s + p.amountMinor, 0);

// Two lines incl. 9% VAT (600 and 300) plus a 495 fee incl. 21% VAT (86).
const order = (delivered: [number | null, number | null], over: Partial<OrderMoney> = {}): OrderMoney => ({
  channel: "STOREFRONT", pricesIncludeTax: true, deliveryFeeMinor: 495, taxMinor: 50 + 25 + 86, totalMinor: 1395, deliveredTotalMinor: null,
  lines: [
    { quantity: 2, deliveredQuantity: delivered[0], lineTotalMinor: 600, taxMinor: 50 },
    { quantity: 1, deliveredQuantity: delivered[1], lineTotalMinor: 300, taxMinor: 25 },
  ],
  ...over,
});

describe("deliveredValue", () => {
  it("takes the order totals for a full delivery", () => {
    expect(deliveredValue(order([null, null]))).toEqual({ grossMinor: 1395, taxMinor: 161, feeNetMinor: 409 });
  });
  it("scales lines for a partial delivery and keeps the fee", () => {
    expect(deliveredValue(order([1, 1]))).toEqual({ grossMinor: 300 + 300 + 495, taxMinor: 25 + 25 + 86, feeNetMinor: 409 });
  });
  it("is zero when nothing arrived", () => {
    expect(deliveredValue(order([0, 0]))).toEqual({ grossMinor: 0, taxMinor: 0, feeNetMinor: 0 });
  });
  it("keeps a delivered total fixed by orders and splits inside it", () => {
    const v = deliveredValue(order([1, 1], { deliveredTotalMinor: 1000 }));
    expect(v.grossMinor).toBe(1000);
    expect(v.taxMinor + v.feeNetMinor).toBeLessThanOrEqual(1000);
  });
  it("adds tax on top for wholesale prices", () => {
    const b2b = order([null, 1], { pricesIncludeTax: false, channel: "B2B" });
    b2b.lines[0]!.deliveredQuantity = 1;
    expect(deliveredValue(b2b).grossMinor).toBe(300 + 25 + 300 + 25 + 495 + 86);
  });
});

describe("postings", () => {
  it("balance for every fact", () => {
    const v = deliveredValue(order([1, 1]));
    for (const covered of [0, 500, v.grossMinor, v.grossMinor + 300]) expect(sum(deliveredPostings("SUBSCRIPTION", v, covered))).toBe(0);
    expect(sum(authorizedPostings(1395))).toBe(0);
    expect(sum(capturedPostings(1395, 1100))).toBe(0);
    expect(sum(refundPostings(250, v, "stripe_clearing"))).toBe(0);
  });
  it("capture of D out of A releases A - D from deferred revenue", () => {
    expect(capturedPostings(1395, 1100)).toEqual([
      { account: "stripe_clearing", amountMinor: 1100 },
      { account: "deferred_revenue", amountMinor: 295 },
      { account: "card_authorizations", amountMinor: -1395 },
    ]);
  });
});

describe("states", () => {
  it("only move forward; a failed card may still be authorized", () => {
    expect(canAdvance("REQUIRES_PAYMENT", "AUTHORIZED")).toBe(true);
    expect(canAdvance("CAPTURED", "AUTHORIZED")).toBe(false);
    expect(canAdvance("FAILED", "AUTHORIZED")).toBe(true);
    expect(canAdvance("AUTHORIZED", "FAILED")).toBe(false);
    expect(canAdvance("CAPTURED", "CANCELLED")).toBe(false);
    expect(canAdvance("AUTHORIZED", "CANCELLED")).toBe(true);
  });
  it("pay on delivery status follows what was received", () => {
    expect(manualStatus(1000, 0)).toBe("DUE");
    expect(manualStatus(1000, 400)).toBe("PARTIALLY_PAID");
    expect(manualStatus(1000, 1000)).toBe("PAID");
  });
});
