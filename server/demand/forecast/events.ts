// Events the forecasting part of the demand context writes to the outbox (ARCHITECTURE.md §4: ForecastPublished).
import { z } from "zod";

export const FORECAST_EVENTS = {
  published: "demand/forecast.published",
} as const;

/** Payload of demand/forecast.published: a run's forecasts are stored and are now the latest for the hub. */
export const ZForecastPublishedPayload = z.object({
  hubId: z.string(),
  runId: z.string(),
  asOfWeek: z.string(),
  /** First and last forecast week. */
  fromWeek: z.string(),
  toWeek: z.string(),
  series: z.number().int(),
  /** Backtest WAPE of the chosen methods and of seasonal naive, pooled over series. */
  wape: z.number(),
  seasonalNaiveWape: z.number(),
});
export type ForecastPublishedPayload = z.infer<typeof ZForecastPublishedPayload>;
