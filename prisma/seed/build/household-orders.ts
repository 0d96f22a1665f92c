// Households: about 40 % subscribe to a box (weekly or fortnightly; some paused, some cancelled
// with a reason), and many also shop one-off baskets. Subscription orders come from the renewal of
// each due week; every household is the same at every scale (its own random stream).
import type { CancelReason, Prisma } from "@/generated/prisma/client";
import { addDays, addWeeks, weeksBetween, dateInWeek } from "@/lib/iso-week";
import { RENEWAL_LEAD_MS } from "@/server/commerce/subscriptions/rules";
import { DISCOUNT_CODES, zoneId, type DiscountDef, type WindowKey } from "../demo-commerce";
import { rngFor, type Rng } from "../random";
import type { BoxInfo } from "./boxes";
import { localInstant, slotOf, windowsOfZone, type WindowRef } from "./delivery";
import { fateOf, pickSkus, shortfall, MS_DAY, MS_HOUR, type CategoryWeights, type OrderPlan, type PlanCtx, type ShipTo } from "./order-plan";
import { priceOrder } from "./pricing";

export type HouseholdRef = { key: string; userId: string; addressId: string; shipTo: ShipTo; zoneCode: string };

export type SubscriptionRows = {
  subscription: Prisma.SubscriptionCreateManyInput;
  lines: Prisma.SubscriptionLineCreateManyInput[];
  skips: Prisma.SubscriptionSkipCreateManyInput[];
  renewals: Prisma.SubscriptionRenewalCreateManyInput[];
  savedCard: Prisma.SavedPaymentMethodCreateManyInput | null;
};

const SHOPPER: CategoryWeights = { vegetables: 3, "leafy-greens-salads": 2, "potatoes-roots": 2, fruit: 3, herbs: 1, eggs: 1.5, mushrooms: 1 };
const CANCEL_REASONS: [CancelReason, number, string | null][] = [
  ["TOO_EXPENSIVE", 25, "Cheaper at the supermarket for now."], ["TOO_MUCH_FOOD", 20, "We could not finish the box every week."],
  ["NOT_NEEDED", 15, null], ["QUALITY", 10, "The leaves were limp twice in a row."], ["DELIVERY_ISSUES", 10, "Deliveries came late in the evening."],
  ["MOVING", 10, "Moving out of the delivery area."], ["OTHER", 10, null],
];
const code = (c: string) => DISCOUNT_CODES.find((d) => d.code === c)!;
const ODDS = { cancelled: 0.02, failed: 0.005, partial: 0.02 };

export type SubscriptionSpec = {
  id: string; rng: Rng; box: BoxInfo; cadence: "WEEKLY" | "FORTNIGHTLY"; window: WindowRef; anchorWeek: string;
  status: "ACTIVE" | "PAUSED" | "CANCELLED"; pausedFromWeek?: string; cancelWeek?: string; card: boolean;
};

/** Whether household n subscribes, and how. */
export function subscriptionSpec(ctx: PlanCtx, boxes: readonly BoxInfo[], h: HouseholdRef, n: number): SubscriptionSpec | null {
  const rng = rngFor("subscription", n);
  if (!rng.chance(0.4)) return null;
  const box = rng.weighted(boxes, (b) => ({ "FAMILY-VEG": 40, "SMALL-VEG": 30, FRUIT: 18, SALAD: 12 })[b.def.code] ?? 1);
  const cadence = rng.chance(0.75) ? "WEEKLY" : "FORTNIGHTLY";
  const window = rng.weighted(windowsOfZone(h.zoneCode), (w) => ({ eve: 5, pm: 3, am: 2 } as Record<WindowKey, number>)[w.key]);
  // Most subscribed before the history starts; the newer ones make the gentle growth.
  const anchorWeek = addWeeks(ctx.refWeek, rng.chance(0.6) ? -(12 + rng.int(1, 40)) : -rng.int(1, 11));
  const roll = rng.next();
  const status = roll < 0.8 ? "ACTIVE" : roll < 0.9 ? "PAUSED" : "CANCELLED";
  const since = Math.max(weeksBetween(ctx.refWeek, anchorWeek) + 1, -10);
  const spec: SubscriptionSpec = { id: `sub_household_${h.key}`, rng, box, cadence, window, anchorWeek, status, card: rng.chance(0.3) };
  if (status === "PAUSED") spec.pausedFromWeek = addWeeks(ctx.refWeek, -rng.int(0, Math.min(4, -since)));
  if (status === "CANCELLED") spec.cancelWeek = addWeeks(ctx.refWeek, Math.min(-1, since + rng.int(0, 8)));
  return spec;
}

/** The subscription's rows and one order plan per renewed week of history. */
export function planSubscription(ctx: PlanCtx, h: HouseholdRef, spec: SubscriptionSpec): { rows: SubscriptionRows; orders: OrderPlan[] } {
  const { rng, box } = spec;
  const used = new Set(box.lines.map((l) => l.skuId));
  const lines = box.lines.map((l) => {
    const options = l.swaps.filter((s) => !used.has(s));
    if (options.length === 0 || !rng.chance(0.12)) return { skuId: l.skuId, quantity: l.quantity, templateLineId: l.id };
    const skuId = rng.pick(options);
    used.add(skuId);
    return { skuId, quantity: l.quantity, templateLineId: l.id };
  });
  const createdAt = localInstant(dateInWeek(addWeeks(spec.anchorWeek, -1), rng.int(1, 7)), `${rng.int(7, 22)}:${rng.pick(["05", "20", "41"])}`);
  const cancelSlot = spec.cancelWeek ? slotOf(spec.window, spec.cancelWeek) : null;
  const cancelledAt = cancelSlot ? new Date(cancelSlot.cutoffAt.getTime() - rng.int(2, 72) * MS_HOUR) : null;
  const reason = rng.weighted(CANCEL_REASONS, ([, w]) => w);
  const savedCard = spec.card ? savedCardFor(ctx, h, rng, createdAt) : null;
  const subscription: Prisma.SubscriptionCreateManyInput = {
    id: spec.id, hubId: ctx.hubId, userId: h.userId, templateId: box.id, name: box.def.name, cadence: spec.cadence, status: spec.status,
    zoneId: zoneId(h.zoneCode), windowId: spec.window.id, addressId: h.addressId, paymentMethod: spec.card ? "CARD" : "PAY_ON_DELIVERY",
    savedPaymentMethodId: savedCard?.id ?? null, anchorWeek: spec.anchorWeek,
    pausedUntil: spec.status === "PAUSED" ? addDays(ctx.refDay, 7 * rng.int(1, 6)) : null,
    cancelledAt, cancelReason: cancelledAt ? reason[0] : null, cancelNote: cancelledAt ? reason[2] : null, createdAt, updatedAt: cancelledAt ?? createdAt,
  };
  const rows: SubscriptionRows = {
    subscription, savedCard, skips: [], renewals: [],
    lines: lines.map((l) => ({ id: `${spec.id}__${l.skuId.slice(4)}`, subscriptionId: spec.id, ...l })),
  };
  const orders: OrderPlan[] = [];
  for (const week of ctx.weeks) {
    const since = weeksBetween(spec.anchorWeek, week);
    if (since < 0 || (spec.cadence === "FORTNIGHTLY" && since % 2 !== 0)) continue;
    if (spec.cancelWeek && weeksBetween(spec.cancelWeek, week) >= 0) break;
    const slot = slotOf(spec.window, week);
    if (slot.date >= ctx.refDay) continue;
    // The hourly renewal job decides a week within its lead time before the slot's cutoff.
    const decidedAt = new Date(slot.cutoffAt.getTime() - RENEWAL_LEAD_MS + rng.int(1, 50) * 60_000);
    const renewal = { id: `ren_${spec.id.slice(4)}_${week}`, hubId: ctx.hubId, subscriptionId: spec.id, isoWeek: week, createdAt: decidedAt };
    if (spec.pausedFromWeek && weeksBetween(spec.pausedFromWeek, week) >= 0) {
      rows.renewals.push({ ...renewal, outcome: "PAUSED" });
    } else if (rng.chance(0.05)) {
      rows.skips.push({ subscriptionId: spec.id, isoWeek: week, createdAt: new Date(decidedAt.getTime() - rng.int(1, 6) * MS_DAY) });
      rows.renewals.push({ ...renewal, outcome: "SKIPPED" });
    } else {
      const orderId = `ord_${spec.id.slice(4)}_${week}`;
      rows.renewals.push({ ...renewal, outcome: "CREATED", orderId });
      const priced = priceOrder(ctx.book, { basis: "RETAIL", at: decidedAt, lines, basketPriceMinor: box.priceMinor });
      const fate = fateOf(rng, ODDS);
      orders.push({
        id: orderId, channel: "SUBSCRIPTION", basis: "RETAIL", customerUserId: h.userId, buyerOrganisationId: null, subscriptionId: spec.id,
        slot, addressId: h.addressId, shipTo: h.shipTo, paymentMethod: subscription.paymentMethod, discount: null, priced,
        placedAt: decidedAt, placedBy: { kind: "system", userId: null }, fate, delivered: fate === "PARTIAL" ? shortfall(rng, lines.map((l) => l.quantity)) : null,
      });
    }
  }
  return { rows, orders };
}

function savedCardFor(ctx: PlanCtx, h: HouseholdRef, rng: Rng, at: Date): Prisma.SavedPaymentMethodCreateManyInput {
  return {
    id: `spm_${h.key}`, hubId: ctx.hubId, userId: h.userId, stripePaymentMethodId: `pm_seed_${h.key}`,
    brand: rng.pick(["visa", "mastercard", "visa", "maestro"]), last4: String(rng.int(0, 9999)).padStart(4, "0"),
    expMonth: rng.int(1, 12), expYear: 2027 + rng.int(0, 4), isDefault: true, createdAt: at,
  };
}

/** One-off storefront baskets: regular shoppers most weeks, occasional ones now and then. */
export function planStorefront(ctx: PlanCtx, h: HouseholdRef, n: number, subscriber: SubscriptionSpec | null): OrderPlan[] {
  const rng = rngFor("household-shop", n);
  const tier = rng.next();
  const p = subscriber ? 0.06 : tier < 0.3 ? 0.35 : tier < 0.7 ? 0.08 : 0.01;
  const windows = windowsOfZone(h.zoneCode);
  // Subscribers signed up before the history have ordered before: WELCOME10 is for newcomers.
  let ordered = subscriber !== null && weeksBetween(subscriber.anchorWeek, ctx.weeks[0]!) > 0;
  const uses = new Map<string, number>();
  const orders: OrderPlan[] = [];
  for (const week of ctx.weeks) {
    if (subscriber && weeksBetween(subscriber.anchorWeek, week) === 0) ordered = true;
    if (!rng.chance(p)) continue;
    const slot = slotOf(rng.weighted(windows, (w) => ({ eve: 4, pm: 4, am: 2 } as Record<WindowKey, number>)[w.key]), week);
    if (slot.date >= ctx.refDay) continue;
    const placedAt = new Date(slot.cutoffAt.getTime() - rng.float(0.2, 6) * MS_DAY);
    const lines = basket(ctx, rng, placedAt);
    const discount = chooseCode(rng, !ordered, uses, lines.value);
    if (discount) uses.set(discount.code, (uses.get(discount.code) ?? 0) + 1);
    ordered = true;
    const priced = priceOrder(ctx.book, { basis: "RETAIL", at: placedAt, lines: lines.lines, discount });
    const fate = fateOf(rng, ODDS);
    orders.push({
      id: `ord_hh_${h.key}_${week}_${slot.window.weekday}`, channel: "STOREFRONT", basis: "RETAIL", customerUserId: h.userId, buyerOrganisationId: null,
      subscriptionId: null, slot, addressId: h.addressId, shipTo: h.shipTo, paymentMethod: rng.chance(0.55) ? "CARD" : "PAY_ON_DELIVERY",
      discount, priced, placedAt, placedBy: { kind: "customer", userId: h.userId }, fate,
      delivered: fate === "PARTIAL" ? shortfall(rng, lines.lines.map((l) => l.quantity)) : null,
    });
  }
  return orders;
}

/** 4-11 SKUs, mostly one of each, topped up to the €15 minimum (with room for a 10 % discount). */
function basket(ctx: PlanCtx, rng: Rng, at: Date) {
  const skus = pickSkus(ctx, rng, SHOPPER, rng.int(4, 11));
  const lines = skus.map((skuId) => ({ skuId, quantity: rng.chance(0.7) ? 1 : rng.chance(0.85) ? 2 : 3 }));
  const valueOf = () => lines.reduce((s, l) => s + l.quantity * ctx.book.unit(l.skuId, "RETAIL", l.quantity, at), 0);
  while (valueOf() < 1700) {
    const [extra] = pickSkus(ctx, rng, SHOPPER, 1, new Set(lines.map((l) => l.skuId)));
    if (extra) lines.push({ skuId: extra, quantity: 1 });
    else lines[0]!.quantity += 1;
  }
  return { lines, value: valueOf() };
}

function chooseCode(rng: Rng, firstOrder: boolean, uses: Map<string, number>, value: number): DiscountDef | null {
  if (firstOrder && rng.chance(0.5)) return code("WELCOME10");
  const free = code("FREEDELIVERY");
  if (value >= free.minimumSubtotalMinor && (uses.get(free.code) ?? 0) < free.perCustomerLimit! && rng.chance(0.04)) return free;
  const fixed = code("FIXED5");
  if (value >= fixed.minimumSubtotalMinor && !uses.has(fixed.code) && rng.chance(0.03)) return fixed;
  return null;
}
