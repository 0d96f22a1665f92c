// The grower portal's side of the plan: which farms a grower or coordinator acts for, their work
// packages in published plans (planning's read functions), acknowledging one, and the cluster's
// declared capacity against what published plans ask of it, week by week.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { addWeeks, isoWeekAt } from "@/lib/iso-week";
import { parseOrThrow } from "@/lib/validate";
import { acknowledgeWorkPackage, workPackagesOfCluster, workPackagesOfFarm, type WorkPackageRow } from "@/server/planning";
import type { ServiceContext } from "../context";
import { emitEvent } from "../events/outbox";
import { SUPPLY_EVENTS } from "./events";
import { gridWeeks } from "./rules";
import { ZCapacityVsPlanQuery, ZWorkPackageRef, ZWorkPackagesQuery } from "./schema";

export type GrowerScope = { kind: "farm"; farmId: string; clusterId: string; name: string } | { kind: "cluster"; clusterId: string; name: string; farmIds: string[] };

/** A grower acts for their farm, a coordinator for every farm of their cluster; others have no scope. */
export async function growerScope(ctx: ServiceContext): Promise<GrowerScope> {
  const { role, organisationId, hubId } = ctx.actor;
  const org = organisationId ? await ctx.db.organisation.findFirst({ where: { id: organisationId, hubId }, select: { id: true, kind: true, name: true, parentId: true } }) : null;
  if (role === "GROWER" && org?.kind === "FARM" && org.parentId) return { kind: "farm", farmId: org.id, clusterId: org.parentId, name: org.name };
  if (role === "CLUSTER_COORDINATOR" && org?.kind === "CLUSTER") {
    const farms = await ctx.db.organisation.findMany({ where: { hubId, kind: "FARM", parentId: org.id }, select: { id: true } });
    return { kind: "cluster", clusterId: org.id, name: org.name, farmIds: farms.map((f) => f.id) };
  }
  throw new DomainError("FORBIDDEN", "Your membership is not linked to a farm or a cluster.");
}

/** Work packages of the caller's farm (or cluster) from this week for `weeks` weeks. */
export async function myWorkPackages(ctx: ServiceContext, raw: unknown): Promise<{ scope: GrowerScope; currentWeek: string; weeks: string[]; rows: WorkPackageRow[] }> {
  const q = parseOrThrow(ZWorkPackagesQuery, raw ?? {});
  const scope = await growerScope(ctx);
  const currentWeek = isoWeekAt(ctx.now(), ctx.actor.hubTimeZone);
  const weeks = gridWeeks(q.fromWeek ?? currentWeek, q.weeks);
  const range = { hubId: ctx.actor.hubId, fromWeek: weeks[0], toWeek: weeks.at(-1) };
  const rows = scope.kind === "farm"
    ? await workPackagesOfFarm(ctx.db, { ...range, farmId: scope.farmId })
    : await workPackagesOfCluster(ctx.db, { ...range, clusterId: scope.clusterId });
  return { scope, currentWeek, weeks, rows: rows.filter((r) => r.status !== "CANCELLED") };
}

/** A farm (or its coordinator) confirms a package; writes supply/work-package.acknowledged once. */
export async function acknowledgePackage(ctx: ServiceContext, raw: unknown): Promise<{ id: string; status: string }> {
  const { workPackageId } = parseOrThrow(ZWorkPackageRef, raw);
  const scope = await growerScope(ctx);
  const farmIds = scope.kind === "farm" ? [scope.farmId] : scope.farmIds;
  const { hubId, userId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const result = await acknowledgeWorkPackage(tx, { hubId, workPackageId, farmIds });
    if (result.status === "ACKNOWLEDGED") {
      await emitEvent(tx, { name: SUPPLY_EVENTS.workPackageAcknowledged, hubId, key: workPackageId, payload: { hubId, workPackageId, byUserId: userId } });
    }
    return result;
  });
}

export type WeekPlanRow = { isoWeek: string; capacityUnits: number; expectedUnits: number; plannedUnits: number; packages: number; acknowledged: number };

/** Per week: the cluster's declared and confidence-weighted capacity, and the units its published work packages ask for. */
export async function capacityVsPlan(ctx: ServiceContext, raw: unknown): Promise<{ clusterId: string; currentWeek: string; rows: WeekPlanRow[] }> {
  const q = parseOrThrow(ZCapacityVsPlanQuery, raw ?? {});
  const scope = await growerScope(ctx);
  const currentWeek = isoWeekAt(ctx.now(), ctx.actor.hubTimeZone);
  const weeks = gridWeeks(currentWeek, q.weeks);
  const { hubId } = ctx.actor;
  const [capacity, packages] = await Promise.all([
    ctx.db.capacitySnapshot.findMany({ where: { hubId, clusterId: scope.clusterId, isoWeek: { gte: weeks[0]!, lte: addWeeks(currentWeek, q.weeks - 1) } }, select: { isoWeek: true, units: true, confidence: true } }),
    workPackagesOfCluster(ctx.db, { hubId, clusterId: scope.clusterId, fromWeek: weeks[0], toWeek: weeks.at(-1) }),
  ]);
  const rows = weeks.map((isoWeek): WeekPlanRow => {
    const cap = capacity.filter((c) => c.isoWeek === isoWeek);
    const pkgs = packages.filter((p) => p.isoWeek === isoWeek && p.status !== "CANCELLED");
    return {
      isoWeek,
      capacityUnits: cap.reduce((s, c) => s + c.units, 0),
      expectedUnits: cap.reduce((s, c) => s + Math.floor(c.units * c.confidence), 0),
      plannedUnits: pkgs.reduce((s, p) => s + p.targetUnits, 0),
      packages: pkgs.length,
      acknowledged: pkgs.filter((p) => p.status === "ACKNOWLEDGED").length,
    };
  });
  return { clusterId: scope.clusterId, currentWeek, rows };
}
