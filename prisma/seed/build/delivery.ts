// Delivery zones, weekly windows, fee rules and dated slots of the demo hub: pure functions.
import type { Prisma } from "@/generated/prisma/client";
import { addDays, addWeeks, dateInWeek, isoDateOf, isoWeekOfDate, zonedInstant } from "@/lib/iso-week";
import { DEMO_LOCATIONS } from "../demo-catalog";
import { FEE_RULES, WINDOW_TIMES, ZONE_TERMS, ZONES, windowId, zoneId, type WindowKey, type ZoneDef } from "../demo-commerce";
import { TOWNS } from "../geo";
import { HUB } from "../ids";

/** Weeks of slots before the reference week (history) and from it on (bookable). */
export const HISTORY_WEEKS = 12;
export const FUTURE_WEEKS = 4;

/** The fewest postcode prefixes covering the 4-digit districts from..to: 3511-3585 -> 3511..3519, 352..357, 3580..3585. */
export function prefixesFor(from: number, to: number): string[] {
  const out: string[] = [];
  let n = from;
  while (n <= to) {
    let size = 1;
    // Grow to a whole block of 10/100 when n starts one and it fits in the range.
    while (n % (size * 10) === 0 && n + size * 10 - 1 <= to) size *= 10;
    out.push(String(n).slice(0, 4 - Math.log10(size)));
    n += size;
  }
  return out;
}

export function zonePrefixes(zone: ZoneDef): string[] {
  const prefixes = zone.towns.flatMap((name) => {
    const town = TOWNS.find((t) => t.name === name);
    if (!town) throw new Error(`zone ${zone.code}: unknown town ${name}`);
    return prefixesFor(town.pc[0], town.pc[1]);
  });
  // Towns inside another town's range (Hoogland in Amersfoort's) add nothing new.
  return [...new Set(prefixes)].filter((p, _, all) => !all.some((q) => q !== p && p.startsWith(q))).sort();
}

let prefixCache: [ZoneDef, string[]][] | null = null;

/** The zone of a postcode ("3512 KD"), by longest matching prefix; null when outside every zone. */
export function zoneOfPostcode(postcode: string): ZoneDef | null {
  const digits = postcode.replace(/\s/g, "");
  let best: { zone: ZoneDef; length: number } | null = null;
  prefixCache ??= ZONES.map((z) => [z, zonePrefixes(z)]);
  for (const [zone, prefixes] of prefixCache) {
    for (const p of prefixes) if (digits.startsWith(p) && (!best || p.length > best.length)) best = { zone, length: p.length };
  }
  return best?.zone ?? null;
}

export function buildZones(hubId: string) {
  const zones = ZONES.map((z): Prisma.DeliveryZoneCreateManyInput => ({
    id: zoneId(z.code), hubId, code: z.code, name: z.name, postcodePrefixes: zonePrefixes(z), priority: 0,
    fulfilmentLocationId: DEMO_LOCATIONS.warehouse.id, ...ZONE_TERMS,
  }));
  const feeRules = ZONES.flatMap((z) => FEE_RULES.map((r): Prisma.DeliveryFeeRuleCreateManyInput => ({
    id: `dfr_${z.code.toLowerCase()}_${r.minSubtotalMinor}`, hubId, zoneId: zoneId(z.code), ...r,
  })));
  return { zones, feeRules };
}

/** A weekly window as the order builders see it. */
export type WindowRef = { id: string; zoneCode: string; weekday: number; key: WindowKey; start: string; end: string };

export const WINDOWS: readonly WindowRef[] = ZONES.flatMap((z) => z.weekdays.flatMap((weekday) =>
  WINDOW_TIMES.map((w) => ({ id: windowId(z.code, weekday, w.key), zoneCode: z.code, weekday, key: w.key, start: w.start, end: w.end }))));

export const windowsOfZone = (zoneCode: string) => WINDOWS.filter((w) => w.zoneCode === zoneCode);

// zonedInstant builds an Intl formatter per call (~0.2 ms); history asks for the same few hundred
// dates and times hundreds of thousands of times, so remember them.
const instants = new Map<string, Date>();
/** Hub-local wall-clock `time` on `date`, memoised. */
export function localInstant(date: Date, time: string): Date {
  const key = `${date.getTime()}|${time}`;
  let at = instants.get(key);
  if (!at) instants.set(key, (at = zonedInstant(date, time, HUB.timeZone)));
  return at;
}

/** A dated slot of a window; capacity is set by the seed from the demand it carries. */
export type SlotRef = { id: string; window: WindowRef; isoWeek: string; date: Date; startsAt: Date; endsAt: Date; cutoffAt: Date };

const slots = new Map<string, SlotRef>();
export function slotOf(window: WindowRef, isoWeek: string): SlotRef {
  const key = `${window.id}|${isoWeek}`;
  const known = slots.get(key);
  if (known) return known;
  const date = dateInWeek(isoWeek, window.weekday);
  const slot: SlotRef = {
    id: `dsl_${window.zoneCode.toLowerCase()}_${isoDateOf(date)}_${window.key}`, window, isoWeek, date,
    startsAt: localInstant(date, window.start), endsAt: localInstant(date, window.end),
    cutoffAt: localInstant(addDays(date, -ZONE_TERMS.cutoffDaysBefore), ZONE_TERMS.cutoffTime),
  };
  slots.set(key, slot);
  return slot;
}

/** The ISO weeks slots exist for: HISTORY_WEEKS before the reference week, it, and FUTURE_WEEKS after. */
export function slotWeeks(referenceDay: Date): string[] {
  const week = isoWeekOfDate(referenceDay);
  return Array.from({ length: HISTORY_WEEKS + 1 + FUTURE_WEEKS }, (_, i) => addWeeks(week, i - HISTORY_WEEKS));
}

export function windowRows(hubId: string, capacityOf: (w: WindowRef) => number): Prisma.DeliveryWindowCreateManyInput[] {
  return WINDOWS.map((w) => ({
    id: w.id, hubId, zoneId: zoneId(w.zoneCode), weekday: w.weekday, startTime: w.start, endTime: w.end, capacity: capacityOf(w), feeAdjustMinor: 0,
  }));
}

export function slotRow(hubId: string, s: SlotRef, capacity: number, booked: number, createdAt: Date): Prisma.DeliverySlotCreateManyInput {
  return {
    id: s.id, hubId, zoneId: zoneId(s.window.zoneCode), windowId: s.window.id, date: s.date, startsAt: s.startsAt, endsAt: s.endsAt,
    cutoffAt: s.cutoffAt, capacity, booked, feeAdjustMinor: 0, createdAt,
  };
}
