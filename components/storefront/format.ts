// Display helpers for the public shop: dates in the hub's time zone, temperatures, grades, labels.
import { formatMoney } from "@/lib/money";

const dayFormat = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" });

/** "18 Nov 2026" in the hub's time zone. */
export function formatDay(at: Date, timeZone: string): string {
  return dayFormat(timeZone).format(at);
}

/** "Wed 18 Nov, 06:40" in the hub's time zone. */
export function formatDayTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(at);
}

/** A calendar date (YYYY-MM-DD) as "25 Nov 2026", with no time-zone shift. */
export function formatCalendarDate(date: string): string {
  return dayFormat("UTC").format(new Date(`${date}T00:00:00Z`));
}

/** Machine-readable value for <time dateTime>. */
export const isoDateTime = (at: Date) => at.toISOString();

const calendarDay = (at: Date, timeZone: string) => Date.parse(`${new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)}T00:00:00Z`);

/** "today", "yesterday", "3 days ago": calendar days in the hub's time zone. */
export function daysAgo(at: Date, now: Date, timeZone: string): string {
  const days = Math.round((calendarDay(now, timeZone) - calendarDay(at, timeZone)) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}

export function formatTemperature(celsius: number): string {
  return `${celsius.toLocaleString("en", { maximumFractionDigits: 1 })} °C`;
}

/** "€3.49" and, for weighed packs, "€13.96 / kg". */
export function formatPrice(amountMinor: number, currency: string): string {
  return formatMoney(amountMinor, currency);
}

export function formatUnitPrice(perUnit: { amountMinor: number; per: "kg" | "l" } | null, currency: string): string | null {
  return perUnit ? `${formatMoney(perUnit.amountMinor, currency)} / ${perUnit.per}` : null;
}

export const GRADE_LABELS: Record<"EXTRA" | "CLASS_I" | "CLASS_II", string> = { EXTRA: "Extra class", CLASS_I: "Class I", CLASS_II: "Class II" };

export const CHECKPOINT_LABELS: Record<"RECEIVED" | "GRADED" | "COLD_STORE_IN" | "COLD_STORE_OUT" | "LOADED" | "DELIVERED", string> = {
  RECEIVED: "Received",
  GRADED: "Quality graded",
  COLD_STORE_IN: "Into cold store",
  COLD_STORE_OUT: "Out of cold store",
  LOADED: "Loaded for delivery",
  DELIVERED: "Delivered",
};

/** "De Hof van Ede", "De Hof van Ede and Eemhoeve", "De Hof van Ede and 3 other farms". */
export function listNames(names: string[], noun: string): string {
  if (names.length === 0) return "";
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} and ${names.length - 1} other ${noun}s`;
}
