// The commerce builders without a database: zones cover the region, prices add up like checkout's,
// and the order history has the volume and shape the planning modules expect.
import { describe, expect, it } from "vitest";
import { ZONES } from "../demo-commerce";
import { TOWNS } from "../geo";
import { boxInfo } from "./boxes";
import { prefixesFor, slotOf, WINDOWS, zoneOfPostcode, zonePrefixes } from "./delivery";
import { planCtx } from "./order-plan";
import { buildPriceBook, deliveredValue, priceOrder, spread } from "./pricing";
import { planRetailer } from "./b2b-orders";

const book = buildPriceBook("hub", "EUR");
const sku = book.sku;

describe("delivery zones", () => {
  it("compress postcode ranges into prefixes", () => {
    expect(prefixesFor(3511, 3585)).toEqual(["3511", "3512", "3513", "3514", "3515", "3516", "3517", "3518", "3519", "352", "353", "354", "355", "356", "357", "3580", "3581", "3582", "3583", "3584", "3585"]);
    expect(prefixesFor(3700, 3799)).toEqual(["37"]);
    expect(prefixesFor(3981, 3981)).toEqual(["3981"]);
  });

  it("put every postcode of every town in exactly one zone", () => {
    for (const town of TOWNS) {
      for (let pc = town.pc[0]; pc <= town.pc[1]; pc++) {
        const matching = ZONES.filter((z) => zonePrefixes(z).some((p) => String(pc).startsWith(p)));
        expect(matching.map((z) => z.code), `${town.name} ${pc}`).toHaveLength(1);
        expect(zoneOfPostcode(`${pc} AB`)).toBe(matching[0]);
      }
    }
  });

  it("close slots two days before at 18:00 hub time, before the window starts", () => {
    const window = WINDOWS.find((w) => w.zoneCode === "UTR" && w.weekday === 4 && w.key === "eve")!;
    const slot = slotOf(window, "2026-W48");
    expect(slot.date.toISOString().slice(0, 10)).toBe("2026-11-26");
    expect(slot.startsAt.toISOString()).toBe("2026-11-26T17:00:00.000Z");
    expect(slot.cutoffAt.toISOString()).toBe("2026-11-24T17:00:00.000Z");
    expect(WINDOWS.every((w) => ZONES.find((z) => z.code === w.zoneCode)!.weekdays.includes(w.weekday))).toBe(true);
  });
});

describe("order money", () => {
  const at = new Date("2026-11-10T10:00:00Z");
  it("spreads a discount exactly", () => {
    expect(spread(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(spread(0, [5, 5])).toEqual([0, 0]);
  });

  it("prices a retail basket with a percent code: totals include VAT, fee on the undiscounted subtotal", () => {
    const o = priceOrder(book, { basis: "RETAIL", at, lines: [{ skuId: sku("TOM-CHER-250G"), quantity: 2 }, { skuId: sku("APP-ELS-2KG"), quantity: 1 }], discount: { code: "WELCOME10", description: "", kind: "PERCENT", percentBasisPoints: 1000, minimumSubtotalMinor: 0, usageLimit: null, perCustomerLimit: 1, firstOrderOnly: true } });
    expect(o.subtotalMinor).toBe(2 * 249 + 429);
    expect(o.discountMinor).toBe(92);
    expect(o.lines.reduce((s, l) => s + l.discountMinor, 0)).toBe(92);
    expect(o.deliveryFeeMinor).toBe(495);
    expect(o.totalMinor).toBe(o.subtotalMinor - o.discountMinor + o.deliveryFeeMinor);
    expect(o.taxMinor).toBe(o.lines.reduce((s, l) => s + l.taxMinor, 0) + o.feeTaxMinor);
  });

  it("prices wholesale by tier and adds VAT on top; a partial delivery is worth less", () => {
    const o = priceOrder(book, { basis: "WHOLESALE", at, lines: [{ skuId: sku("POT-WAX-2500G"), quantity: 12 }, { skuId: sku("ONI-YEL-1KG"), quantity: 3 }] });
    expect(o.lines[0]!.unitPriceMinor).toBe(Math.round(299 * 0.68));
    expect(o.lines[1]!.unitPriceMinor).toBe(Math.round(129 * 0.74));
    expect(o.totalMinor).toBe(o.lines.reduce((s, l) => s + l.lineTotalMinor, 0) + o.deliveryFeeMinor + o.taxMinor);
    expect(deliveredValue("WHOLESALE", o, [12, 3]).deliveredMinor).toBe(o.totalMinor);
    const part = deliveredValue("WHOLESALE", o, [10, 3]);
    expect(part.deliveredMinor).toBeLessThan(o.totalMinor);
    expect(part.deliveredMinor - part.taxMinor - part.feeNetMinor).toBeGreaterThan(0);
  });

  it("prices boxes under their lines' value and above the €15 minimum", () => {
    for (const b of boxInfo(book)) {
      const value = b.lines.reduce((s, l) => s + l.quantity * book.unit(l.skuId, "RETAIL", l.quantity, at), 0);
      expect(b.priceMinor, b.def.code).toBeLessThan(value);
      expect(b.priceMinor, b.def.code).toBeGreaterThanOrEqual(1500);
      expect(b.lines.length).toBeGreaterThanOrEqual(5);
      expect(b.lines.length).toBeLessThanOrEqual(9);
    }
  });
});

describe("retailer orders", () => {
  it("come on the zone's delivery days, before the reference, wholesale and invoiced", () => {
    const plan = planCtx("hub", new Date("2026-11-22T00:00:00Z"), book);
    const orders = planRetailer(plan, {
      n: 7, orgId: "org", addressId: "adr", zoneCode: "AME", weekdays: [2, 4, 6], size: "L", segment: "restaurant", placedByUserId: null,
      shipTo: { name: "x", line1: "x", line2: null, city: "Amersfoort", postcode: "3811 AB", country: "NL", latitude: 52.15, longitude: 5.38 },
    });
    expect(orders.length).toBeGreaterThan(30);
    for (const o of orders) {
      expect([2, 4, 6]).toContain(o.slot.window.weekday);
      expect(o.slot.endsAt.getTime()).toBeLessThan(plan.reference.getTime());
      expect(o.placedAt.getTime()).toBeLessThan(o.slot.cutoffAt.getTime());
      expect(o).toMatchObject({ basis: "WHOLESALE", paymentMethod: "INVOICE", channel: "B2B" });
    }
  });
});
