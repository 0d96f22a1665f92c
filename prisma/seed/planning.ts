// The planning week as the jobs would have left it: past weeks' pools closed (with forecast
// accuracy recorded), the forecast run as of last week, this week's and the next two weeks' pools
// projected and buffered, and next week planned and published (so growers see work packages).
// Every step is an idempotent service; re-seeding reuses what is there.
import type { Db } from "@/lib/db";
import { addWeeks, isoWeekAt } from "@/lib/iso-week";
import { closeDuePools, refreshPools } from "@/server/demand/pools";
import { publishForecast } from "@/server/demand/forecast";
import { systemActor } from "@/server/identity";
import { publishPlan, runPlan } from "@/server/planning";
import type { SeedCtx } from "./write";

export async function seedPlanningState(ctx: SeedCtx): Promise<{ closedZoneWeeks: number; forecastSeries: number; planStatus: string | null }> {
  const db = ctx.db as Db;
  const now = ctx.reference;
  const closed = await closeDuePools(db, { now });
  const forecast = await publishForecast(db, { hubId: ctx.hubId, now });
  const hub = await db.hub.findUniqueOrThrow({ where: { id: ctx.hubId }, select: { timeZone: true } });
  const thisWeek = isoWeekAt(now, hub.timeZone);
  for (let i = 0; i <= 2; i++) await refreshPools(db, { hubId: ctx.hubId, isoWeek: addWeeks(thisWeek, i), now });
  const actor = await systemActor(db, ctx.hubId);
  const plan = await runPlan(db, actor, { hubId: ctx.hubId, isoWeek: addWeeks(thisWeek, 1), kind: "WEEK", trigger: "seed", now });
  if (plan.status === "SOLVED") await publishPlan({ db, actor, now: () => now }, { runId: plan.runId });
  return { closedZoneWeeks: closed.length, forecastSeries: forecast.series, planStatus: plan.status };
}
