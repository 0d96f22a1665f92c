// Small helpers shared by the raw-SQL read models: hub-local dates, LIKE patterns, ORDER BY.
import { Prisma } from "@/generated/prisma/client";
import { hubDate } from "@/lib/hub-time";

/** Days a lot may still be sold before it counts as "expires soon" (0, 1 or 2 days left). */
export const EXPIRES_SOON_DAYS = 2;

/** Today's date in the hub's time zone as YYYY-MM-DD (best-before dates are hub-local calendar days). */
export function hubToday(now: Date, timeZone: string): string {
  return hubDate(now, timeZone);
}

/** A case-insensitive "contains" pattern with LIKE wildcards in the user's text escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A filter value that is a real calendar date (YYYY-MM-DD), else undefined (bad URL values are ignored). */
export function isoDateOrUndefined(value: string | undefined): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? undefined : value;
}

/** Start of a hub-local calendar day as a UTC timestamp (our timestamps are stored as UTC without zone). */
export function hubDayStart(date: string, timeZone: string): Prisma.Sql {
  return Prisma.sql`((${date}::date)::timestamp AT TIME ZONE ${timeZone} AT TIME ZONE 'UTC')`;
}

/** WHERE clause from a list of conditions (TRUE when empty). */
export function whereAll(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** ORDER BY a whitelisted expression, nulls last, with a unique tie-breaker so paging is stable. */
export function orderBy(expression: string, direction: "asc" | "desc", tieBreaker: string): Prisma.Sql {
  return Prisma.raw(`ORDER BY ${expression} ${direction.toUpperCase()} NULLS LAST, ${tieBreaker}`);
}

/** Enum filter values are checked against the allowed list (anything else means "no filter"). */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
