// Calendar dates in the hub's time zone: certificate validity and price start days are days in
// the hub (Amsterdam), not in UTC or in the browser.

/** The hub-local calendar date of `at` as YYYY-MM-DD. */
export function hubToday(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** A YYYY-MM-DD date as the UTC-midnight Date Prisma uses for @db.Date columns. */
export function dateOnlyValue(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** A @db.Date value back to YYYY-MM-DD. */
export function dateOnlyString(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** "12 Mar 2026" for a YYYY-MM-DD date (messages and tables). */
export function formatDateOnly(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(dateOnlyValue(date));
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant the hub-local day `date` starts (midnight in `timeZone`), DST-aware. */
export function hubMidnight(date: string, timeZone: string): Date {
  const guess = dateOnlyValue(date).getTime();
  // Two passes: the offset at the guess may differ from the offset at the answer across a DST change.
  let instant = guess - offsetMs(new Date(guess), timeZone);
  instant = guess - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** A Date stays as it is; a calendar date becomes the start of that day in the hub. */
export function toInstant(value: Date | string, timeZone: string): Date {
  return value instanceof Date ? value : hubMidnight(value, timeZone);
}
