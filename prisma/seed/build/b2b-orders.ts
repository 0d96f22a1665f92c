// Retailers' replenishment orders: a regular list of SKUs per store (by segment), one to three
// deliveries a week on the zone's days, sized by store size, with a weekday pattern (Fridays are
// big, Saturdays small) and a gentle upward trend over the twelve weeks. Wholesale, excl. VAT, invoiced.
import { weeksBetween } from "@/lib/iso-week";
import { windowId } from "../demo-commerce";
import type { Segment } from "../names";
import { rngFor, type Rng } from "../random";
import { slotOf, WINDOWS } from "./delivery";
import { fateOf, pickSkus, shortfall, MS_DAY, MS_HOUR, type CategoryWeights, type OrderPlan, type PlanCtx, type ShipTo } from "./order-plan";
import { priceOrder, spread } from "./pricing";

export type RetailerRef = { n: number; orgId: string; addressId: string; shipTo: ShipTo; zoneCode: string; weekdays: readonly number[]; size: "S" | "M" | "L"; segment: Segment; placedByUserId: string | null };

const SEGMENT_MIX: Record<Segment, CategoryWeights> = {
  grocery: { vegetables: 3, "leafy-greens-salads": 2, "potatoes-roots": 2.5, fruit: 3, herbs: 1, eggs: 1.5, mushrooms: 1 },
  restaurant: { vegetables: 3, "leafy-greens-salads": 2.5, "potatoes-roots": 2, fruit: 1, herbs: 2.5, eggs: 1.5, mushrooms: 2 },
  cafe: { vegetables: 1.5, "leafy-greens-salads": 2.5, "potatoes-roots": 0.5, fruit: 3, herbs: 1.5, eggs: 2.5, mushrooms: 1 },
  institution: { vegetables: 3, "leafy-greens-salads": 1.5, "potatoes-roots": 3.5, fruit: 3, herbs: 0.5, eggs: 2, mushrooms: 1 },
};
// Packs a week by store size (about 10,000 a day across 2,000 stores with the households).
const WEEKLY_UNITS = { S: 12, M: 28, L: 66 } as const;
const DELIVERIES = { S: 1, M: 2, L: 3 } as const;
const LIST_SIZE = { S: [6, 9], M: [9, 14], L: [14, 20] } as const;
const UNITS_PER_LINE = { S: 2.5, M: 3.5, L: 5 } as const;
/** Demand by ISO weekday (Mon..Sat): restaurants and shops stock up for the weekend on Friday. */
export const WEEKDAY_FACTOR = [0, 0.95, 1, 0.95, 1.05, 1.2, 0.9, 0] as const;
const ODDS = { cancelled: 0.004, failed: 0.003, partial: 0.025 };

/** Twelve weeks of one retailer's orders. */
export function planRetailer(ctx: PlanCtx, r: RetailerRef): OrderPlan[] {
  const rng = rngFor("b2b", r.n);
  const weekly = WEEKLY_UNITS[r.size] * Math.exp(rng.gaussian(0, 0.25));
  const days = rng.sample(r.weekdays, Math.min(DELIVERIES[r.size], r.weekdays.length)).sort();
  const windowKey = rng.chance(0.8) ? "am" : "pm";
  const list = pickSkus(ctx, rng, SEGMENT_MIX[r.segment], rng.int(LIST_SIZE[r.size][0], LIST_SIZE[r.size][1])).map((skuId) => ({ skuId, weight: rng.float(0.5, 3) }));
  const orders: OrderPlan[] = [];
  for (const week of ctx.weeks) {
    const trend = 1 + 0.012 * (ctx.weeks.length - 1 + weeksBetween(ctx.refWeek, week));
    for (const day of days) {
      const window = WINDOWS.find((w) => w.id === windowId(r.zoneCode, day, windowKey))!;
      const slot = slotOf(window, week);
      if (slot.date >= ctx.refDay) continue;
      const units = Math.max(3, Math.round((weekly / days.length) * WEEKDAY_FACTOR[day]! * trend * rng.float(0.85, 1.15)));
      const lines = orderLines(rng, list, units, UNITS_PER_LINE[r.size]);
      const placedAt = new Date(slot.cutoffAt.getTime() - rng.float(2 * MS_HOUR, 3 * MS_DAY));
      const fate = fateOf(rng, ODDS);
      orders.push({
        id: `ord_b2b_${String(r.n).padStart(4, "0")}_${week}_${day}`, channel: "B2B", basis: "WHOLESALE", customerUserId: r.placedByUserId,
        buyerOrganisationId: r.orgId, subscriptionId: null, slot, addressId: r.addressId, shipTo: r.shipTo, paymentMethod: "INVOICE", discount: null,
        priced: priceOrder(ctx.book, { basis: "WHOLESALE", at: placedAt, lines }), placedAt,
        placedBy: { kind: "customer", userId: r.placedByUserId }, fate, delivered: fate === "PARTIAL" ? shortfall(rng, lines.map((l) => l.quantity)) : null,
      });
    }
  }
  return orders;
}

/** Picks lines from the regular list (heavier SKUs more often) and splits the units over them by weight. */
function orderLines(rng: Rng, list: readonly { skuId: string; weight: number }[], units: number, perLine: number) {
  const k = Math.max(2, Math.min(list.length, Math.round(units / perLine)));
  const chosen = list.map((l) => ({ ...l, key: rng.next() ** (1 / l.weight) })).sort((a, b) => b.key - a.key).slice(0, k);
  const extra = spread(Math.max(0, units - k), chosen.map((c) => c.weight));
  return chosen.map((c, i) => ({ skuId: c.skuId, quantity: 1 + extra[i]! }));
}
