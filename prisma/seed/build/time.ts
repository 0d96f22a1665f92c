// Time arithmetic for the stock story: everything happens before the reference instant.
import { HUB } from "../ids";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const addMs = (at: Date, ms: number) => new Date(at.getTime() + Math.round(ms / 1000) * 1000);

// lib/hub-time.ts builds a formatter per call; the seed asks tens of thousands of times, so keep one.
const HUB_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: HUB.timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** The hub-local calendar day of an instant, as the UTC-midnight Date a @db.Date column holds (same as lib/hub-time hubDateValue). */
export const hubDay = (at: Date) => new Date(`${HUB_DATE.format(at)}T00:00:00.000Z`);

/**
 * A moment `ms` after `from`, but no later than `cap`; still strictly after `from` (by a minute)
 * when the cap leaves no room, so events of one lot keep their order.
 */
export function after(from: Date, ms: number, cap: Date): Date {
  const t = Math.min(from.getTime() + ms, cap.getTime());
  return new Date(Math.max(t, from.getTime() + MINUTE));
}
