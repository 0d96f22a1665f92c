// Pure order rules: the human cutoff message and the delivered total.
import { describe, expect, it } from "vitest";
import { actorKindOf, deliveredTotal, formatHubMoment, notEditableMessage } from "./rules";

describe("notEditableMessage", () => {
  it("says when changes closed in hub-local time", () => {
    const cutoffAt = new Date("2026-11-22T17:00:00Z");
    expect(formatHubMoment(cutoffAt, "Europe/Amsterdam")).toBe("Sun 22 Nov at 18:00");
    expect(notEditableMessage({ status: "PLACED", cutoffAt }, "Europe/Amsterdam")).toBe("Changes to this order closed on Sun 22 Nov at 18:00. Contact support if something is wrong.");
    expect(notEditableMessage({ status: "CANCELLED", cutoffAt }, "Europe/Amsterdam")).toMatch(/cancelled/);
  });
});

describe("deliveredTotal", () => {
  const order = { pricesIncludeTax: true, deliveryFeeMinor: 495, taxMinor: 0 };
  const line = (quantity: number, deliveredQuantity: number, discountMinor = 0) => ({ quantity, unitPriceMinor: 300, discountMinor, taxMinor: 0, deliveredQuantity });

  it("everything delivered: the lines after discount plus the fee", () => {
    expect(deliveredTotal(order, [line(2, 2, 60), line(1, 1)])).toEqual({ totalMinor: 600 - 60 + 300 + 495, status: "DELIVERED" });
  });
  it("part delivered: delivered units carry their share of the discount", () => {
    expect(deliveredTotal(order, [line(4, 1, 100), line(1, 1)])).toEqual({ totalMinor: 300 - 25 + 300 + 495, status: "PARTIALLY_DELIVERED" });
  });
  it("nothing delivered: failed, nothing owed", () => {
    expect(deliveredTotal(order, [line(4, 0), line(1, 0)])).toEqual({ totalMinor: 0, status: "FAILED" });
  });
  it("prices excluding tax add the delivered lines' tax and the fee's tax", () => {
    const b2b = { pricesIncludeTax: false, deliveryFeeMinor: 1000, taxMinor: 2 * 27 + 210 };
    const l = { quantity: 2, unitPriceMinor: 150, discountMinor: 0, taxMinor: 27 * 2, deliveredQuantity: 1 };
    expect(deliveredTotal(b2b, [l]).totalMinor).toBe(150 + 1000 + 27 + 210);
  });
});

describe("actorKindOf", () => {
  it("maps callers to state-machine actors", () => {
    expect(actorKindOf({ userId: "system", role: "ADMIN" })).toBe("system");
    expect(actorKindOf({ userId: "u1", role: "SUPPORT" })).toBe("staff");
    expect(actorKindOf({ userId: "u1", role: "DISPATCHER" })).toBe("staff");
    expect(actorKindOf({ userId: "u1", role: "CONSUMER" })).toBe("customer");
  });
});
