// demand.forecast: nightly, in each hub's own time zone, forecast every SKU x zone series as of the
// last full week (runs hourly and picks the hubs where it is now 01:xx, an hour every calendar day has
// whatever the DST rules). Idempotent per (hub, asOfWeek): a second run the same night reuses the run
// (same actuals) or supersedes it (a pool closed since). Run by hand (`npm run job -- demand.forecast`)
// it forecasts every hub at once; a payload {hubId, asOfWeek} runs just that one.
import { z } from "zod";
import { hubTime } from "@/lib/iso-week";
import { publishForecast } from "../../demand/forecast";
import { ZIsoWeek } from "../../demand/forecast/schema";
import { defineJob } from "../define";

/** Hub-local hour of the nightly run. */
export const FORECAST_HOUR = 1;

/** The job with an injectable clock (tests pin it); the registry uses the real one. */
export const makeDemandForecastJob = (clock: () => Date = () => new Date()) => defineJob({
  id: "demand.forecast",
  description: "Forecasts weekly demand per SKU and zone for the next 12 weeks (p10/p50/p90, method chosen by backtest), nightly per hub; idempotent per hub and week.",
  trigger: { cron: "20 * * * *" },
  payload: z.object({ hubId: z.string().optional(), asOfWeek: ZIsoWeek.optional() }),
  retries: 2,
  singleton: true,
  handler: async ({ step, db, payload, trigger }) => {
    const now = clock();
    const hubs = await step.run("find-hubs", () => db.hub.findMany({ where: payload.hubId ? { id: payload.hubId } : {}, select: { id: true, timeZone: true }, orderBy: { id: "asc" } }));
    // On the hourly tick only the hubs where it is night now; by hand, every hub asked for.
    const due = trigger === "cron" ? hubs.filter((h) => Number(hubTime(now, h.timeZone).slice(0, 2)) === FORECAST_HOUR) : hubs;
    const results = [];
    for (const hub of due) {
      results.push(await step.run(`forecast:${hub.id}`, () => publishForecast(db, { hubId: hub.id, asOfWeek: payload.asOfWeek, now })));
    }
    return results;
  },
});

export const demandForecastJob = makeDemandForecastJob();
