// Demand forecasting maths: pure functions over weekly series, no database. server/demand/forecast
// loads the series, calls forecastSeries per SKU x zone and stores the result.
export { backtest, backtestOrigins, BACKTEST_DEFAULTS, type BacktestOptions, type BacktestResult } from "./backtest";
export { forecastSeries, candidatesFor, type SeriesForecast, type ForecastPoint, type CandidateScore } from "./forecast-series";
export { fitHoltWinters, holtWintersForecast, holtWintersMethod, type HwParams } from "./holt-winters";
export { classify, croston, crostonMethod, tsb, tsbMethod, ADI_CUTOFF, type Classification } from "./intermittent";
export { bandOf, confidenceOf, fallbackBand, residualQuantiles, type Band } from "./intervals";
export { bias, pooled, quantile, wape } from "./metrics";
export { seasonalNaive, seasonalNaiveMethod } from "./seasonal-naive";
export { HORIZON, SEASON, type ForecastMethod, type Forecaster, type Method } from "./types";
