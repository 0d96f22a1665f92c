// Shapes shared by the forecasting maths. A series is weekly demand in whole units, oldest first,
// with no gaps (a week without demand is 0).

export type ForecastMethod = "SEASONAL_NAIVE" | "HOLT_WINTERS" | "CROSTON" | "TSB";

/** Forecasts the `horizon` weeks after the end of `history`. */
export type Forecaster = (history: readonly number[], horizon: number) => number[];

/**
 * A forecasting method: `fit` chooses its parameters on a training series and returns a forecaster
 * with them fixed, so a backtest can reuse them at later origins without looking ahead.
 */
export type Method = { name: ForecastMethod; fit: (train: readonly number[]) => Forecaster };

/** Weeks in a season: demand for fresh produce follows the year. */
export const SEASON = 52;
/** Weeks ahead the plan needs (crop programmes need lead time). */
export const HORIZON = 12;
