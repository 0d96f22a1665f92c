// What the order-history builders share: the plan of one order (before it becomes rows), the
// planning context, and helpers for baskets and outcomes.
import type { OrderChannel, PaymentMethodKind } from "@/generated/prisma/client";
import { addWeeks, isoWeekOfDate } from "@/lib/iso-week";
import type { DiscountDef } from "../demo-commerce";
import type { CategorySlug } from "../data/produce-types";
import type { Rng } from "../random";
import { buildCatalog } from "./catalog";
import { HISTORY_WEEKS, type SlotRef } from "./delivery";
import type { Basis, PricedOrder, PriceBook } from "./pricing";
import { hubDay } from "./time";

export type ShipTo = { name: string; line1: string; line2: string | null; city: string; postcode: string; country: string; latitude: number; longitude: number };

/** How an order ended: delivered in full, in part, not at all, or cancelled before cutoff. */
export type Fate = "DELIVERED" | "PARTIAL" | "FAILED" | "CANCELLED";

export type OrderPlan = {
  id: string;
  channel: OrderChannel;
  basis: Basis;
  customerUserId: string | null;
  buyerOrganisationId: string | null;
  subscriptionId: string | null;
  slot: SlotRef;
  addressId: string;
  shipTo: ShipTo;
  paymentMethod: PaymentMethodKind;
  discount: DiscountDef | null;
  priced: PricedOrder;
  placedAt: Date;
  placedBy: { kind: "customer" | "system" | "staff"; userId: string | null };
  fate: Fate;
  /** Delivered quantity per line (PARTIAL only). */
  delivered: number[] | null;
};

export type PlanCtx = {
  hubId: string;
  reference: Date;
  /** Hub-local calendar day of the reference: orders delivered before it are history. */
  refDay: Date;
  refWeek: string;
  /** refWeek - HISTORY_WEEKS .. refWeek. */
  weeks: string[];
  book: PriceBook;
  /** In-season SKUs by category (out-of-season ones have no stock and are never ordered). */
  skusByCategory: ReadonlyMap<CategorySlug, readonly string[]>;
};

export function planCtx(hubId: string, reference: Date, book: PriceBook): PlanCtx {
  const refDay = hubDay(reference);
  const refWeek = isoWeekOfDate(refDay);
  const skusByCategory = new Map<CategorySlug, string[]>();
  for (const s of buildCatalog(hubId, "EUR").skuInfo) {
    if (!s.outOfSeason) skusByCategory.set(s.category, [...(skusByCategory.get(s.category) ?? []), s.id]);
  }
  return { hubId, reference, refDay, refWeek, weeks: Array.from({ length: HISTORY_WEEKS + 1 }, (_, i) => addWeeks(refWeek, i - HISTORY_WEEKS)), book, skusByCategory };
}

export type CategoryWeights = Record<CategorySlug, number>;

/** `k` distinct SKUs, categories by weight, then uniformly within the category. */
export function pickSkus(ctx: PlanCtx, rng: Rng, weights: CategoryWeights, k: number, exclude: ReadonlySet<string> = new Set()): string[] {
  const picked = new Set<string>();
  const cats = Object.entries(weights) as [CategorySlug, number][];
  for (let attempt = 0; picked.size < k && attempt < k * 20; attempt++) {
    const [cat] = rng.weighted(cats, ([, w]) => w);
    const sku = rng.pick(ctx.skusByCategory.get(cat) ?? []);
    if (!exclude.has(sku)) picked.add(sku);
  }
  return [...picked];
}

/** Outcome of an order: mostly delivered; a few partial, failed or cancelled. */
export function fateOf(rng: Rng, odds: { cancelled: number; failed: number; partial: number }): Fate {
  const r = rng.next();
  if (r < odds.cancelled) return "CANCELLED";
  if (r < odds.cancelled + odds.failed) return "FAILED";
  if (r < odds.cancelled + odds.failed + odds.partial) return "PARTIAL";
  return "DELIVERED";
}

/** For a partial delivery: one or two lines short (possibly missing altogether). */
export function shortfall(rng: Rng, quantities: readonly number[]): number[] {
  const delivered = [...quantities];
  const short = rng.sample(quantities.map((_, i) => i), Math.min(quantities.length, rng.int(1, 2)));
  for (const i of short) delivered[i] = quantities[i]! - rng.int(1, quantities[i]!);
  return delivered;
}

export const MS_HOUR = 3_600_000;
export const MS_DAY = 24 * MS_HOUR;
