// Pure subscription rules: which weeks a subscription delivers in, what the renewal decides for a
// week, when a week is still open for self-service, and which swaps a line allows.
import { hubDateValue } from "@/lib/hub-time";
import { addDays, addWeeks, dateInWeek, isoDateOf, weeksBetween, zonedInstant } from "@/lib/iso-week";

export type Cadence = "WEEKLY" | "FORTNIGHTLY";
export type SubscriptionStatus = "ACTIVE" | "PAUSED" | "CANCELLED";

/** How long before a slot's cutoff the hourly renewal job materialises its order. */
export const RENEWAL_LEAD_MS = 60 * 60 * 1000;
/** The weeks the account page shows (current week and the next five). */
export const UPCOMING_WEEKS = 6;

/** True when the cadence delivers in `week`: from the anchor on, every week or every second week. */
export function isDeliveryWeek(cadence: Cadence, anchorWeek: string, week: string): boolean {
  const n = weeksBetween(anchorWeek, week);
  if (n < 0) return false;
  return cadence === "WEEKLY" || n % 2 === 0;
}

export type WindowTiming = { weekday: number; startTime: string };
export type ZoneCutoff = { cutoffDaysBefore: number; cutoffTime: string };

/** Delivery date (UTC-midnight Date) of a weekly window in `week`. */
export function deliveryDateOf(window: WindowTiming, week: string): Date {
  return dateInWeek(week, window.weekday);
}

/** The order cutoff of a weekly window in `week` (same formula as the generated slots). */
export function cutoffOf(window: WindowTiming, zone: ZoneCutoff, week: string, timeZone: string): Date {
  return zonedInstant(addDays(deliveryDateOf(window, week), -zone.cutoffDaysBefore), zone.cutoffTime, timeZone);
}

/** The first week from `fromWeek` whose cutoff is still ahead of `now`: where a new subscription starts. */
export function firstOpenWeek(window: WindowTiming, zone: ZoneCutoff, fromWeek: string, now: Date, timeZone: string): string {
  // Cutoffs lie at most a few weeks before delivery, so a short scan always finds one.
  for (let i = 0; i < 60; i++) {
    const week = addWeeks(fromWeek, i);
    if (cutoffOf(window, zone, week, timeZone).getTime() > now.getTime()) return week;
  }
  throw new Error("No open week found within 60 weeks");
}

/** Paused "through" a date: no delivery on or before pausedUntil. */
export function isPausedOn(pausedUntil: Date | null, deliveryDate: Date): boolean {
  return pausedUntil !== null && pausedUntil.getTime() >= deliveryDate.getTime();
}

export type RenewalState = {
  status: SubscriptionStatus;
  cadence: Cadence;
  anchorWeek: string;
  pausedUntil: Date | null;
  skipped: boolean;
};

/**
 * What the renewal does for one week: NONE (not a delivery week, or cancelled: no record), SKIPPED,
 * PAUSED, or CREATE (resume first when a pause has ended before the delivery date).
 */
export function renewalDecision(s: RenewalState, week: string, deliveryDate: Date): { action: "NONE" | "SKIPPED" | "PAUSED" | "CREATE"; resume: boolean } {
  if (s.status === "CANCELLED" || !isDeliveryWeek(s.cadence, s.anchorWeek, week)) return { action: "NONE", resume: false };
  if (s.status === "PAUSED" && (s.pausedUntil === null || isPausedOn(s.pausedUntil, deliveryDate))) return { action: "PAUSED", resume: false };
  const resume = s.status === "PAUSED";
  if (s.skipped) return { action: "SKIPPED", resume };
  return { action: "CREATE", resume };
}

export type WeekView = {
  isoWeek: string;
  deliveryDate: string;
  cutoffAt: Date;
  state: "SCHEDULED" | "SKIPPED" | "PAUSED" | "RENEWED" | "FAILED" | "CLOSED";
  /** Skip / un-skip possible: cutoff ahead and not yet renewed. */
  changeable: boolean;
  orderId: string | null;
};

export type ScheduleInput = {
  cadence: Cadence;
  status: SubscriptionStatus;
  anchorWeek: string;
  pausedUntil: Date | null;
  window: WindowTiming;
  zone: ZoneCutoff;
  skips: ReadonlySet<string>;
  renewals: ReadonlyMap<string, { outcome: "CREATED" | "SKIPPED" | "PAUSED" | "FAILED"; orderId: string | null }>;
};

/** The delivery weeks among the `count` weeks from `fromWeek` (deliveries from today on), each with its state for the account page. */
export function upcomingDeliveries(s: ScheduleInput, fromWeek: string, count: number, now: Date, timeZone: string): WeekView[] {
  const out: WeekView[] = [];
  const today = hubDateValue(now, timeZone);
  for (let i = 0; i < count; i++) {
    const week = addWeeks(fromWeek, i);
    if (s.status === "CANCELLED" || !isDeliveryWeek(s.cadence, s.anchorWeek, week)) continue;
    const date = deliveryDateOf(s.window, week);
    if (date.getTime() < today.getTime()) continue;
    const cutoffAt = cutoffOf(s.window, s.zone, week, timeZone);
    const renewal = s.renewals.get(week);
    const open = !renewal && cutoffAt.getTime() > now.getTime();
    const base = { isoWeek: week, deliveryDate: isoDateOf(date), cutoffAt, orderId: renewal?.orderId ?? null };
    if (renewal) {
      const state = renewal.outcome === "CREATED" ? "RENEWED" : renewal.outcome;
      out.push({ ...base, state, changeable: false });
    } else if (s.status === "PAUSED" && isPausedOn(s.pausedUntil, date)) {
      out.push({ ...base, state: "PAUSED", changeable: false });
    } else if (s.skips.has(week)) {
      out.push({ ...base, state: "SKIPPED", changeable: open });
    } else {
      out.push({ ...base, state: open ? "SCHEDULED" : "CLOSED", changeable: open });
    }
  }
  return out;
}

/** Why a week cannot be skipped or un-skipped, or null when it can. */
export function skipRefusal(s: { cadence: Cadence; anchorWeek: string; status: SubscriptionStatus }, week: string, cutoffAt: Date, renewed: boolean, now: Date): string | null {
  if (s.status === "CANCELLED") return "This subscription is cancelled";
  if (!isDeliveryWeek(s.cadence, s.anchorWeek, week)) return "There is no delivery in this week";
  if (renewed) return "This week's order has already been placed; change or cancel it under Orders";
  if (cutoffAt.getTime() <= now.getTime()) return "The order cutoff for this week has passed";
  return null;
}

/** The SKUs a line may be swapped to: the template line's own SKU and its swap options; any SKU for custom baskets (null). */
export function allowedSwapSkus(templateLine: { skuId: string; swapSkuIds: readonly string[] } | null): Set<string> | null {
  if (!templateLine) return null;
  return new Set([templateLine.skuId, ...templateLine.swapSkuIds]);
}

/** Why swapping a line to `toSkuId` is refused, or null when allowed. */
export function swapRefusal(input: { isTemplateBox: boolean; templateLine: { skuId: string; swapSkuIds: readonly string[] } | null; currentSkuId: string; toSkuId: string; otherLineSkuIds: readonly string[] }): string | null {
  if (input.toSkuId === input.currentSkuId) return "This item is already in your box";
  if (input.otherLineSkuIds.includes(input.toSkuId)) return "This item is already another line of your box";
  if (!input.isTemplateBox) return null;
  const allowed = allowedSwapSkus(input.templateLine);
  if (!allowed || !allowed.has(input.toSkuId)) return "This box does not offer that swap for this item";
  return null;
}

/** The hub-local delivery date string of a week for a weekly window, e.g. for event payloads. */
export function deliveryDateIso(window: WindowTiming, week: string): string {
  return isoDateOf(deliveryDateOf(window, week));
}
