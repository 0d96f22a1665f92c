// Planner actions on a week's pools: refresh the projection and buffer now, or close the week (or one
// zone of it) before its cutoff so the plan can run. Both are the jobs' services, scoped to the
// planner's hub; closing is audited.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../identity/audit";
import { closeZoneWeek, openZoneWeeks } from "./close";
import { zoneWeekCutoffs, zoneWeekKey } from "./cutoffs";
import { refreshPools, type RefreshSummary } from "./refresh";
import { ZCloseWeek, ZPoolWeek } from "./schema";

/** Recomputes projected subscriptions and forecast buffers of the planner's hub for a week (planning:run). */
export async function refreshWeek(ctx: ServiceContext, raw: unknown): Promise<RefreshSummary> {
  const { isoWeek } = parseOrThrow(ZPoolWeek, raw);
  return refreshPools(ctx.db, { hubId: ctx.actor.hubId, isoWeek, now: ctx.now() });
}

export type CloseWeekResult = { isoWeek: string; closed: { zoneId: string; pools: number; units: number }[] };

/** Closes the week's OPEN pools of every zone (or one) now, one event per zone-week (planning:run). Repeating it closes nothing more. */
export async function closeWeekNow(ctx: ServiceContext, raw: unknown): Promise<CloseWeekResult> {
  const { isoWeek, zoneId } = parseOrThrow(ZCloseWeek, raw);
  const hubId = ctx.actor.hubId;
  if (zoneId && !(await ctx.db.deliveryZone.findFirst({ where: { id: zoneId, hubId }, select: { id: true } }))) {
    throw new DomainError("NOT_FOUND", "No such delivery zone.", { fieldErrors: { zoneId: ["Choose a zone of this hub"] } });
  }
  const groups = await openZoneWeeks(ctx.db, { hubId, isoWeek, ...(zoneId ? { zoneId } : {}) });
  const cutoffs = await zoneWeekCutoffs(ctx.db, groups);
  const now = ctx.now();
  const closed: CloseWeekResult["closed"] = [];
  for (const g of groups) {
    const result = await inTransaction(ctx.db, async (tx) => {
      const done = await closeZoneWeek(tx, { ...g, now, cutoffAt: cutoffs.get(zoneWeekKey(g)) ?? now, closedBy: "planner" });
      if (done) {
        await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "demand.week-closed", targetType: "DeliveryZone", targetId: g.zoneId, data: { isoWeek, pools: done.pools, units: done.units }, ip: ctx.ip ?? null });
      }
      return done;
    });
    if (result) closed.push({ zoneId: g.zoneId, pools: result.pools, units: result.units });
  }
  return { isoWeek, closed };
}
