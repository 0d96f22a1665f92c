// What the planning jobs call: plan a week once all its pools are closed, and re-plan a planned
// week after its capacity changed. Both are safe to repeat (runs are reused per input hash).
import type { Db } from "@/lib/db";
import { isoWeekAt, weeksBetween } from "@/lib/iso-week";
import { demandForWeek } from "@/server/demand/pools";
import { previousRunFor, runPlan, type RunPlanOutcome } from "./run-plan";

export type TriggerOutcome = (RunPlanOutcome & { skipped?: undefined }) | { skipped: string };

/** Plans the week when none of its pools is still open (the last zone to close triggers it). */
export async function planWeekWhenClosed(db: Db, q: { hubId: string; isoWeek: string; trigger: string }): Promise<TriggerOutcome> {
  const pools = await demandForWeek(db, q);
  if (pools.length === 0) return { skipped: "no demand this week" };
  const open = pools.filter((p) => !p.closed).length;
  if (open > 0) return { skipped: `${open} pools still open` };
  return runPlan(db, null, { hubId: q.hubId, isoWeek: q.isoWeek, kind: "WEEK", trigger: q.trigger });
}

/** Re-plans a week that has a plan and is not over yet, staying close to its published (or latest) plan. */
export async function replanAfterCapacityChange(db: Db, q: { hubId: string; isoWeek: string; trigger: string; now?: Date }): Promise<TriggerOutcome> {
  const hub = await db.hub.findUniqueOrThrow({ where: { id: q.hubId }, select: { timeZone: true } });
  if (weeksBetween(isoWeekAt(q.now ?? new Date(), hub.timeZone), q.isoWeek) < 0) return { skipped: "the week is over" };
  if (!(await previousRunFor(db, q))) return { skipped: "the week has no plan yet" };
  return runPlan(db, null, { hubId: q.hubId, isoWeek: q.isoWeek, kind: "REPLAN", trigger: q.trigger, now: q.now });
}
