// planning.*: plan a week when its pools have closed, re-plan it after a capacity change (debounced
// per hub + week, so a coordinator revising a grid cell by cell causes one re-plan), and refresh the
// crop programs when a forecast is published. Each calls an idempotent planning service: a run
// whose inputs did not change is reused, not solved again.
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { isIsoWeek } from "@/lib/iso-week";
import { DEMAND_EVENTS } from "../../demand/events";
import { FORECAST_EVENTS } from "../../demand/forecast/events";
import { planWeekWhenClosed, replanAfterCapacityChange, runCropPrograms } from "../../planning";
import { SUPPLY_EVENTS } from "../../supply/events";
import { defineJob } from "../define";

const ZWeekOfHub = z.object({ hubId: z.string().min(1), isoWeek: z.string().refine(isIsoWeek, "Not an ISO week") });

/** Seconds a burst of capacity changes of one hub-week is collapsed over. */
export const REPLAN_DEBOUNCE_SECONDS = 120;

export const planningPlanWeekJob = defineJob({
  id: "planning.plan-week",
  description: "Plans a week's allocation once all of its demand pools are closed (on demand/pool.closed); unchanged inputs reuse the existing run.",
  trigger: { event: DEMAND_EVENTS.poolClosed },
  payload: ZWeekOfHub.extend({ zoneId: z.string().optional() }).loose(),
  retries: 3,
  concurrencyKey: "hubId",
  handler: async ({ payload, step, db }) =>
    step.run("plan-week", () => planWeekWhenClosed(db, { hubId: payload.hubId, isoWeek: payload.isoWeek, trigger: `pool.closed:${payload.zoneId ?? "manual"}` })),
});

export const planningReplanWeekJob = defineJob({
  id: "planning.replan-week",
  description: "Re-plans a planned week after its capacity changed (supply/capacity.changed, debounced per hub and week), penalising moved volume.",
  trigger: { event: SUPPLY_EVENTS.capacityChanged },
  payload: ZWeekOfHub.loose(),
  retries: 3,
  concurrencyKey: "hubId",
  debounce: { key: "hubId,isoWeek", seconds: REPLAN_DEBOUNCE_SECONDS },
  handler: async ({ payload, step, db }) =>
    step.run("replan-week", () => replanAfterCapacityChange(db, { hubId: payload.hubId, isoWeek: payload.isoWeek, trigger: "capacity.changed" })),
});

export const planningCropProgramsJob = defineJob({
  id: "planning.crop-programs",
  description: "Recomputes the 12-week crop programs of a hub from its newly published forecast (demand/forecast.published).",
  trigger: { event: FORECAST_EVENTS.published },
  payload: z.object({ hubId: z.string().min(1), fromWeek: z.string().refine(isIsoWeek, "Not an ISO week").optional() }).loose(),
  retries: 2,
  concurrencyKey: "hubId",
  handler: async ({ payload, step, db }) =>
    step.run("crop-programs", async () => {
      try {
        return await runCropPrograms(db, null, { hubId: payload.hubId, fromWeek: payload.fromWeek });
      } catch (error) {
        // A forecast that does not cover the weeks is nothing to retry.
        if (error instanceof DomainError && error.code === "INVALID_STATE") return { skipped: error.message };
        throw error;
      }
    }),
});
