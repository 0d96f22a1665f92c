// ISO weeks ("2026-W49") and hub-local wall-clock times. Weeks are the pooling key of demand, so
// they are always computed from the hub-local calendar date, never from UTC.
import { hubDate } from "./hub-time";

const DAY_MS = 86_400_000;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** Parses "YYYY-MM-DD" as a UTC-midnight Date (the @db.Date form). */
export function dateValue(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** "YYYY-MM-DD" of a UTC-midnight Date. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) .. 7 (Sunday) of a UTC-midnight date. */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/** The ISO week of a calendar date given as a UTC-midnight Date: "2026-W49". */
export function isoWeekOfDate(date: Date): string {
  // The week belongs to the year of its Thursday.
  const thursday = new Date(date.getTime() + (4 - isoWeekday(date)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The ISO week that instant `at` falls in, in the hub's time zone. */
export function isoWeekAt(at: Date, timeZone: string): string {
  return isoWeekOfDate(dateValue(hubDate(at, timeZone)));
}

export function isIsoWeek(value: string): boolean {
  const m = ISO_WEEK.exec(value);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= 53 && isoWeekOfDate(weekStart(value)) === value;
}

/** Monday (UTC-midnight Date) of an ISO week. */
export function weekStart(isoWeek: string): Date {
  const m = ISO_WEEK.exec(isoWeek);
  if (!m) throw new Error(`Not an ISO week: ${isoWeek}`);
  const year = Number(m[1]);
  // 4 January is always in week 1.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = jan4.getTime() - (isoWeekday(jan4) - 1) * DAY_MS;
  return new Date(week1Monday + (Number(m[2]) - 1) * 7 * DAY_MS);
}

/** The date of ISO weekday `weekday` (1..7) in `isoWeek`. */
export function dateInWeek(isoWeek: string, weekday: number): Date {
  return new Date(weekStart(isoWeek).getTime() + (weekday - 1) * DAY_MS);
}

/** The ISO week `n` weeks after `isoWeek` (negative goes back). */
export function addWeeks(isoWeek: string, n: number): string {
  return isoWeekOfDate(new Date(weekStart(isoWeek).getTime() + n * 7 * DAY_MS));
}

/** Whole weeks from `from` to `to` (negative when `to` is earlier). */
export function weeksBetween(from: string, to: string): number {
  return Math.round((weekStart(to).getTime() - weekStart(from).getTime()) / (7 * DAY_MS));
}

/** Adds whole days to a UTC-midnight date. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * The instant of hub-local wall-clock `time` ("HH:MM") on calendar `date` (UTC-midnight Date), e.g.
 * 18:00 in Europe/Amsterdam on 2026-12-06 -> 2026-12-06T17:00:00Z. DST gaps resolve forwards.
 */
export function zonedInstant(date: Date, time: string, timeZone: string): Date {
  const [h, m] = time.split(":").map(Number);
  const wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), h, m);
  // Guess with the offset at the wall time read as UTC, then correct once for a DST change between.
  let instant = wall - offsetMs(new Date(wall), timeZone);
  instant = wall - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** Offset of `timeZone` from UTC at instant `at`, in ms (Amsterdam in winter: +3,600,000). */
function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** Hub-local "HH:MM" of an instant. */
export function hubTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}
