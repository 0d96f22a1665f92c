// What growers see of the plan: work packages of published plans for a farm or a cluster, crop
// programs of a cluster, and acknowledging a package. Plain reads taking `db` first; the grower
// portal (supply context) decides who may see which farm or cluster.
import type { DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { cropProgramRows } from "./crop-queries";
import { workPackageRows, type WorkPackageRow } from "./queries";

type Weeks = { fromWeek?: string; toWeek?: string };
const weekRange = (q: Weeks) => (q.fromWeek || q.toWeek ? { isoWeek: { ...(q.fromWeek ? { gte: q.fromWeek } : {}), ...(q.toWeek ? { lte: q.toWeek } : {}) } } : {});

/** Work packages of a farm in published plans (optionally a week range). */
export async function workPackagesOfFarm(db: DbOrTx, q: { hubId: string; farmId: string } & Weeks): Promise<WorkPackageRow[]> {
  return workPackageRows(db, { hubId: q.hubId, farmId: q.farmId, planRun: { status: "PUBLISHED" }, ...weekRange(q) });
}

/** Work packages of every farm of a cluster in published plans (optionally a week range). */
export async function workPackagesOfCluster(db: DbOrTx, q: { hubId: string; clusterId: string } & Weeks): Promise<WorkPackageRow[]> {
  return workPackageRows(db, { hubId: q.hubId, clusterId: q.clusterId, planRun: { status: "PUBLISHED" }, ...weekRange(q) });
}

/** The cluster's rows of the hub's latest crop programs. */
export async function cropProgramsOfCluster(db: DbOrTx, q: { hubId: string; clusterId: string }) {
  return cropProgramRows(db, { hubId: q.hubId, clusterId: q.clusterId });
}

/**
 * A farm confirms it will harvest a package of a published plan. `farmIds`: the farms the caller
 * acts for (its own farm, or its cluster's farms), decided by the caller. Repeating is a no-op.
 */
export async function acknowledgeWorkPackage(db: DbOrTx, q: { hubId: string; workPackageId: string; farmIds: readonly string[] }): Promise<{ id: string; status: string }> {
  const pkg = await db.workPackage.findFirst({ where: { id: q.workPackageId, hubId: q.hubId }, select: { id: true, farmId: true, status: true, planRun: { select: { status: true } } } });
  if (!pkg || !q.farmIds.includes(pkg.farmId)) throw new DomainError("NOT_FOUND", "Work package not found.");
  if (pkg.status === "ACKNOWLEDGED") return { id: pkg.id, status: pkg.status };
  if (pkg.status !== "ISSUED" || pkg.planRun.status !== "PUBLISHED") throw new DomainError("INVALID_STATE", "This work package is no longer current.");
  const n = await db.workPackage.updateMany({ where: { id: pkg.id, status: "ISSUED" }, data: { status: "ACKNOWLEDGED" } });
  return { id: pkg.id, status: n.count === 1 ? "ACKNOWLEDGED" : (await db.workPackage.findUniqueOrThrow({ where: { id: pkg.id }, select: { status: true } })).status };
}
