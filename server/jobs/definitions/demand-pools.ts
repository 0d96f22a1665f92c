// demand.refresh-pools: every hour, after the renewals (:05), the open pools of this week and the next
// three get their projected subscriptions and forecast buffers recomputed (renewed subscriptions leave
// the projection as their orders enter the pools). demand.close-pools: every 15 minutes, the pools of
// each zone-week whose last cutoff has passed close, with one demand/pool.closed per zone-week.
// Both call idempotent services; a payload {hubId, isoWeek} refreshes just that week.
import { z } from "zod";
import { addWeeks, isoWeekAt } from "@/lib/iso-week";
import { ZIsoWeek } from "../../demand/pools/schema";
import { closeDuePools, refreshPools } from "../../demand/pools";
import { defineJob } from "../define";

/** Weeks ahead (this one included) whose open pools the hourly refresh keeps current. */
export const REFRESH_WEEKS = 4;

/** The refresh job with an injectable clock (tests pin it); the registry uses the real one. */
export const makeRefreshPoolsJob = (clock: () => Date = () => new Date()) => defineJob({
  id: "demand.refresh-pools",
  description: "Recomputes projected subscriptions and forecast buffers of the open pools of this week and the next three, per hub; idempotent.",
  trigger: { cron: "10 * * * *" },
  payload: z.object({ hubId: z.string().optional(), isoWeek: ZIsoWeek.optional() }),
  retries: 3,
  singleton: true,
  handler: async ({ step, db, payload }) => {
    const now = clock();
    const hubs = await step.run("find-hubs", () => db.hub.findMany({ where: payload.hubId ? { id: payload.hubId } : {}, select: { id: true, timeZone: true }, orderBy: { id: "asc" } }));
    const results = [];
    for (const hub of hubs) {
      const first = isoWeekAt(now, hub.timeZone);
      const weeks = payload.isoWeek ? [payload.isoWeek] : Array.from({ length: REFRESH_WEEKS }, (_, i) => addWeeks(first, i));
      for (const isoWeek of weeks) results.push(await step.run(`refresh:${hub.id}:${isoWeek}`, () => refreshPools(db, { hubId: hub.id, isoWeek, now })));
    }
    return results;
  },
});

/** The close job with an injectable clock. */
export const makeClosePoolsJob = (clock: () => Date = () => new Date()) => defineJob({
  id: "demand.close-pools",
  description: "Closes the pools of every zone-week whose last order cutoff has passed; one demand/pool.closed per zone-week, exactly once.",
  trigger: { cron: "*/15 * * * *" },
  payload: z.object({}),
  retries: 3,
  singleton: true,
  handler: async ({ step, db }) => {
    const closed = await step.run("close-due-pools", () => closeDuePools(db, { now: clock() }));
    return { closed: closed.map((c) => ({ hubId: c.hubId, zoneId: c.zoneId, isoWeek: c.isoWeek, pools: c.pools, units: c.units })) };
  },
});

export const refreshPoolsJob = makeRefreshPoolsJob();
export const closePoolsJob = makeClosePoolsJob();
