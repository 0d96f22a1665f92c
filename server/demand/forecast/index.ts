// The forecasting part of the demand context: what pooling (A), planning (C) and jobs may import.
export { runForecast, publishForecast, FORECAST_VERSION, type RunForecastInput, type RunOutcome, type StoredSummary } from "./run";
export { forecastP50ForWeek, forecastForWeeks, latestRunBefore, type ForecastBand } from "./read";
export { recordForecastAccuracy } from "./accuracy";
export { FORECAST_EVENTS, ZForecastPublishedPayload, type ForecastPublishedPayload } from "./events";
export { forecastOverview, forecastAccuracy, type AccuracyWeek, type ForecastOverview } from "./queries";
export { seriesChart, type SeriesChart, type ChartPoint } from "./chart";
export { listForecastSeries, type SeriesRow } from "./series-list";
export { buildSeries, seriesKey, type Series } from "./series";
export { summarise, backtestWeeks, type RunSummary, type BacktestWeek } from "./summary";
export { forecastRouter } from "./router";
