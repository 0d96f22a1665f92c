// Week and date labels for the grower pages (ISO weeks are "2026-W49"; dates are UTC-midnight).
import { weekStart } from "@/lib/iso-week";

const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" });
const WEEKDAY_DATE = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" });

/** "W49" */
export const shortWeek = (isoWeek: string) => isoWeek.slice(5);
/** "30 Nov": the Monday of the week. */
export const weekMonday = (isoWeek: string) => DAY_MONTH.format(weekStart(isoWeek));
/** "Tue 1 Dec" of a @db.Date value (sent as a Date or an ISO string). */
export const dayLabel = (date: Date | string) => WEEKDAY_DATE.format(new Date(date));
/** "87 %" */
export const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;
/** Whole units with thousands separators. */
export const units = (n: number) => n.toLocaleString("en-GB");

/** Confidence options in a select: steps of 5 % from 50 %, plus the current value when off-step. */
export function confidenceOptions(current?: number) {
  const steps = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1];
  const values = current !== undefined && !steps.includes(current) ? [...steps, current].sort((a, b) => a - b) : steps;
  return values.map((v) => ({ value: String(v), label: percent(v) }));
}
