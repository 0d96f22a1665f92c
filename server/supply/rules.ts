// Pure supply rules: transport cost per unit, contract bands and seasons, capacity grid weeks.
import { addWeeks, isIsoWeek, weeksBetween } from "@/lib/iso-week";

/** Transport cost of one unit of a SKU on a lane: per-kg cost x gross weight, rounded to a minor unit. */
export function unitTransportMinor(perKgMinor: number, grossWeightG: number): number {
  return Math.round((perKgMinor * grossWeightG) / 1000);
}

/** The weeks a capacity grid shows: `from` and the `count - 1` weeks after it. */
export function gridWeeks(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addWeeks(from, i));
}

/** Longest season a contract may cover (a year and a bit, so a season may straddle New Year). */
export const MAX_SEASON_WEEKS = 60;

export type ContractTerms = { seasonStartWeek: string; seasonEndWeek: string; unitPriceMinor: number; minWeeklyUnits: number; maxWeeklyUnits: number };

/** Field errors of a contract's terms beyond their shapes (band order, season order and length). */
export function contractProblems(t: ContractTerms): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (field: string, message: string) => (out[field] ??= []).push(message);
  const startOk = isIsoWeek(t.seasonStartWeek);
  const endOk = isIsoWeek(t.seasonEndWeek);
  if (!startOk) add("seasonStartWeek", "Enter a week such as 2026-W14.");
  if (!endOk) add("seasonEndWeek", "Enter a week such as 2026-W40.");
  if (startOk && endOk) {
    const span = weeksBetween(t.seasonStartWeek, t.seasonEndWeek);
    if (span < 0) add("seasonEndWeek", "The season must end in or after its first week.");
    else if (span >= MAX_SEASON_WEEKS) add("seasonEndWeek", `A season covers at most ${MAX_SEASON_WEEKS} weeks.`);
  }
  if (t.minWeeklyUnits > t.maxWeeklyUnits) add("minWeeklyUnits", "The weekly minimum cannot exceed the maximum.");
  return out;
}

/** True when two week ranges share at least one week (ISO week strings sort chronologically). */
export function seasonsOverlap(a: { seasonStartWeek: string; seasonEndWeek: string }, b: { seasonStartWeek: string; seasonEndWeek: string }): boolean {
  return a.seasonStartWeek <= b.seasonEndWeek && b.seasonStartWeek <= a.seasonEndWeek;
}
