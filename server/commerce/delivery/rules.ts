// Pure delivery rules: which zone an address falls in, what the delivery costs, when a weekly
// window's slot starts and closes for orders.
import { addDays, zonedInstant } from "@/lib/iso-week";

export type ZoneCandidate = { id: string; postcodePrefixes: string[]; polygon: unknown; priority: number };
export type Point = { postcode: string; latitude?: number; longitude?: number };

/** Postcodes compare without spaces and case: "3511 ab" and "3511AB" are the same. */
export function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, "").toUpperCase();
}

/** A polygon ring [[lng, lat], ...] when the JSON holds one, else null. */
export function polygonRing(value: unknown): Array<[number, number]> | null {
  if (!Array.isArray(value) || value.length < 3) return null;
  const ring = value.filter((p): p is [number, number] => Array.isArray(p) && p.length >= 2 && typeof p[0] === "number" && typeof p[1] === "number");
  return ring.length >= 3 ? ring.map((p) => [p[0], p[1]]) : null;
}

/** Even-odd ray casting: is (lng, lat) inside the ring? Points on an edge may go either way. */
export function pointInPolygon(lng: number, lat: number, ring: Array<[number, number]>): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Length of the longest prefix of the zone that the postcode starts with (0 = none). */
export function prefixMatchLength(postcode: string, prefixes: string[]): number {
  const code = normalisePostcode(postcode);
  let best = 0;
  for (const p of prefixes) {
    const prefix = normalisePostcode(p);
    if (prefix.length > best && code.startsWith(prefix)) best = prefix.length;
  }
  return best;
}

/**
 * The zone an address belongs to: zones whose polygon contains the point or whose prefixes match
 * the postcode; the highest priority wins, then a polygon hit, then the longest prefix.
 */
export function matchZone<Z extends ZoneCandidate>(zones: Z[], point: Point): Z | null {
  let best: { zone: Z; score: [number, number, number] } | null = null;
  for (const zone of zones) {
    const ring = polygonRing(zone.polygon);
    const inPolygon = ring !== null && point.latitude !== undefined && point.longitude !== undefined && pointInPolygon(point.longitude, point.latitude, ring);
    const prefix = prefixMatchLength(point.postcode, zone.postcodePrefixes);
    if (!inPolygon && prefix === 0) continue;
    const score: [number, number, number] = [zone.priority, inPolygon ? 1 : 0, prefix];
    if (!best || compareScore(score, best.score) > 0) best = { zone, score };
  }
  return best?.zone ?? null;
}

function compareScore(a: [number, number, number], b: [number, number, number]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export type FeeRule = { minSubtotalMinor: number; feeMinor: number };

/** The fee of the rule with the highest minimum not above the subtotal; free when no rule applies. */
export function deliveryFeeFor(rules: FeeRule[], subtotalMinor: number): number {
  let best: FeeRule | null = null;
  for (const r of rules) if (r.minSubtotalMinor <= subtotalMinor && (!best || r.minSubtotalMinor > best.minSubtotalMinor)) best = r;
  return best?.feeMinor ?? 0;
}

export type WindowPattern = { weekday: number; startTime: string; endTime: string };
export type ZoneCutoff = { cutoffDaysBefore: number; cutoffTime: string };

/** Start, end and order cutoff instants of a window on a hub-local date (UTC-midnight Date). */
export function slotTimes(window: WindowPattern, zone: ZoneCutoff, date: Date, timeZone: string) {
  const startsAt = zonedInstant(date, window.startTime, timeZone);
  const endsAt = zonedInstant(date, window.endTime, timeZone);
  const cutoff = zonedInstant(addDays(date, -zone.cutoffDaysBefore), zone.cutoffTime, timeZone);
  // The cutoff may never fall after the start (a same-day cutoff later than the window opens).
  return { startsAt, endsAt, cutoffAt: cutoff > startsAt ? startsAt : cutoff };
}

/** Hub-local dates (UTC-midnight) from `from` for `days` days that fall on `weekday`. */
export function datesOnWeekday(from: Date, days: number, weekday: number): Date[] {
  const out: Date[] = [];
  for (let i = 0; i < days; i++) {
    const d = addDays(from, i);
    if (((d.getUTCDay() + 6) % 7) + 1 === weekday) out.push(d);
  }
  return out;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
export function isTimeOfDay(value: string): boolean {
  return HH_MM.test(value);
}
