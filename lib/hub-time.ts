// Calendar dates in a hub's time zone: "today" for best-before checks is the hub's today, not UTC's.

/** The hub-local calendar date of `at` as YYYY-MM-DD. */
export function hubDate(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** The hub-local date as a UTC-midnight Date, the form Prisma uses for @db.Date columns. */
export function hubDateValue(at: Date, timeZone: string): Date {
  return new Date(`${hubDate(at, timeZone)}T00:00:00.000Z`);
}

/** Whole days from the hub-local date of `at` to a @db.Date value (negative when past). */
export function daysUntil(date: Date, at: Date, timeZone: string): number {
  return Math.round((date.getTime() - hubDateValue(at, timeZone).getTime()) / 86_400_000);
}
