// Rolling-origin backtest (Tashman 2000): pretend to stand at each of several past weeks (origins),
// forecast 1..H weeks ahead from the history up to that week only, and compare with what happened.
// Parameters are fitted once, on the history before the first origin, so no origin sees its future.
import { bias, wape } from "./metrics";
import type { ForecastMethod, Method } from "./types";
import { HORIZON } from "./types";

export type BacktestOptions = {
  /** Weeks ahead to score (1..horizon). */
  horizon: number;
  /** How many origins, one per week, ending the week before the last actual. */
  origins: number;
  /** Fewest weeks of training history an origin needs. */
  minTrain: number;
};

export const BACKTEST_DEFAULTS: BacktestOptions = { horizon: HORIZON, origins: 26, minTrain: 8 };

export type BacktestResult = {
  method: ForecastMethod;
  wape: number;
  bias: number;
  /** (origin, horizon) pairs scored. */
  pairs: number;
  /** Actual units over the scored pairs: the weight that pools WAPE across series (sum of wape x volume / sum of volume). */
  volume: number;
  /** residuals[h - 1]: actual - forecast at horizon h, one per origin that reaches it. */
  residuals: number[][];
  /** One week ahead from each origin, oldest first: the forecast and actual of each of the last `origins` weeks. */
  oneStep: { actual: number[]; forecast: number[] };
};

/** Training lengths of the origins: the last `origins` weeks that leave `minTrain` weeks of history and one week to score. */
export function backtestOrigins(n: number, opts: BacktestOptions = BACKTEST_DEFAULTS): number[] {
  const first = Math.max(opts.minTrain, n - opts.origins);
  return Array.from({ length: Math.max(0, n - first) }, (_, i) => first + i);
}

/** Scores `method` on `y` by rolling origin; null when the series is too short for a single origin. */
export function backtest(y: readonly number[], method: Method, opts: BacktestOptions = BACKTEST_DEFAULTS): BacktestResult | null {
  const origins = backtestOrigins(y.length, opts);
  if (origins.length === 0) return null;
  const forecaster = method.fit(y.slice(0, origins[0]));
  const actual: number[] = [];
  const forecast: number[] = [];
  const residuals: number[][] = Array.from({ length: opts.horizon }, () => []);
  const oneStep = { actual: [] as number[], forecast: [] as number[] };
  for (const origin of origins) {
    const steps = Math.min(opts.horizon, y.length - origin);
    const f = forecaster(y.slice(0, origin), steps);
    for (let h = 1; h <= steps; h++) {
      // Demand is never negative, and neither is what we would plan for.
      const point = Math.max(0, f[h - 1]!);
      const a = y[origin + h - 1]!;
      actual.push(a);
      forecast.push(point);
      residuals[h - 1]!.push(a - point);
      if (h === 1) {
        oneStep.actual.push(a);
        oneStep.forecast.push(point);
      }
    }
  }
  const volume = actual.reduce((sum, a) => sum + a, 0);
  return { method: method.name, wape: wape(actual, forecast), bias: bias(actual, forecast), pairs: actual.length, volume, residuals, oneStep };
}
