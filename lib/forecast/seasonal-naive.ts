// Seasonal naive: next year's week w is this year's week w. The baseline every other method must
// beat; with less than a season of history it falls back to the last value (plain naive).
import { SEASON, type Forecaster, type Method } from "./types";

/** Forecasts `horizon` weeks: the value one period back (repeated), or the last value when history is shorter than a period. */
export function seasonalNaive(history: readonly number[], horizon: number, period = SEASON): number[] {
  const n = history.length;
  if (n === 0) return new Array<number>(horizon).fill(0);
  const m = n >= period ? period : 1;
  // Step h looks back a whole number of periods: the same week of the last season observed.
  return Array.from({ length: horizon }, (_, i) => history[n - m + (i % m)]!);
}

export const seasonalNaiveMethod: Method = {
  name: "SEASONAL_NAIVE",
  fit: (): Forecaster => (history, horizon) => seasonalNaive(history, horizon),
};
