// Read side of plan runs for the planner portal: runs of a week, one run, its allocation matrix
// (SKU x zone rows, cluster columns) and its work packages.
import type { DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import type { PlanInputs } from "./model";

const runSelect = {
  id: true, isoWeek: true, kind: true, status: true, trigger: true, previousRunId: true, inputHash: true, solverStatus: true,
  objectiveMinor: true, purchaseMinor: true, transportMinor: true, shortagePenaltyMinor: true,
  demandUnits: true, allocatedUnits: true, shortageUnits: true, movedUnits: true, solveMs: true, progress: true, message: true,
  createdAt: true, finishedAt: true, publishedAt: true,
  _count: { select: { allocations: true, exceptions: true, workPackages: true, cropPrograms: true } },
} as const;

type RunRow = { objectiveMinor: bigint | null; purchaseMinor: bigint | null; transportMinor: bigint | null; shortagePenaltyMinor: bigint | null; _count: { allocations: number; exceptions: number; workPackages: number; cropPrograms: number } };
const num = (v: bigint | null) => (v === null ? null : Number(v));

function summaryOf<R extends RunRow>(r: R) {
  const { _count, objectiveMinor, purchaseMinor, transportMinor, shortagePenaltyMinor, ...rest } = r;
  return { ...rest, objectiveMinor: num(objectiveMinor), purchaseMinor: num(purchaseMinor), transportMinor: num(transportMinor), shortagePenaltyMinor: num(shortagePenaltyMinor), counts: _count };
}

/** Plan runs (week plans and re-plans) of a week, newest first. */
export async function listRuns(ctx: ServiceContext, input: { isoWeek: string }) {
  const rows = await ctx.db.planRun.findMany({ where: { hubId: ctx.actor.hubId, isoWeek: input.isoWeek, kind: { in: ["WEEK", "REPLAN"] } }, orderBy: { createdAt: "desc" }, take: 50, select: runSelect });
  return rows.map(summaryOf);
}

/** One plan run of the actor's hub (the portal polls it for progress). */
export async function getRun(ctx: ServiceContext, input: { runId: string }) {
  const row = await ctx.db.planRun.findFirst({ where: { id: input.runId, hubId: ctx.actor.hubId }, select: runSelect });
  if (!row) throw new DomainError("NOT_FOUND", "Plan run not found.");
  return summaryOf(row);
}
export type RunSummary = Awaited<ReturnType<typeof getRun>>;

/** The stored inputs of a run of the hub (what its solve read). */
export async function runInputs(db: DbOrTx, hubId: string, runId: string): Promise<{ kind: string; isoWeek: string; inputs: PlanInputs }> {
  const run = await db.planRun.findFirst({ where: { id: runId, hubId }, select: { kind: true, isoWeek: true, inputs: true } });
  if (!run) throw new DomainError("NOT_FOUND", "Plan run not found.");
  const inputs = run.inputs as unknown as PlanInputs;
  if (run.kind === "CROP_PROGRAM" || inputs?.version !== 1) throw new DomainError("INVALID_STATE", "This run has no week plan inputs.");
  return { kind: run.kind, isoWeek: run.isoWeek, inputs };
}

export async function namesOf(db: DbOrTx, hubId: string, ids: { skus?: string[]; zones?: string[]; orgs?: string[] }) {
  const [skus, zones, orgs] = await Promise.all([
    ids.skus?.length ? db.sku.findMany({ where: { hubId, id: { in: ids.skus } }, select: { id: true, code: true, name: true, product: { select: { name: true } } } }) : [],
    ids.zones?.length ? db.deliveryZone.findMany({ where: { hubId, id: { in: ids.zones } }, select: { id: true, code: true, name: true } }) : [],
    ids.orgs?.length ? db.organisation.findMany({ where: { hubId, id: { in: ids.orgs } }, select: { id: true, code: true, name: true } }) : [],
  ]);
  return {
    sku: new Map(skus.map((s) => [s.id, { code: s.code, name: `${s.product.name}, ${s.name}` }])),
    zone: new Map(zones.map((z) => [z.id, { code: z.code, name: z.name }])),
    org: new Map(orgs.map((o) => [o.id, { code: o.code, name: o.name }])),
  };
}

/** A run's allocations as a matrix: one row per pool (SKU x zone) with demand and shortage, one column per cluster. */
export async function allocationMatrix(ctx: ServiceContext, input: { runId: string }) {
  const { inputs } = await runInputs(ctx.db, ctx.actor.hubId, input.runId);
  const allocations = await ctx.db.allocation.findMany({ where: { planRunId: input.runId }, select: { skuId: true, zoneId: true, clusterId: true, units: true } });
  const clusterIds = [...new Set([...inputs.capacity.map((c) => c.clusterId), ...inputs.contracts.map((c) => c.clusterId), ...allocations.map((a) => a.clusterId)])];
  const names = await namesOf(ctx.db, ctx.actor.hubId, { skus: [...new Set(inputs.pools.map((p) => p.skuId))], zones: [...new Set(inputs.pools.map((p) => p.zoneId))], orgs: clusterIds });
  const cell = new Map<string, Record<string, number>>();
  const clusterTotals = new Map<string, number>();
  for (const a of allocations) {
    const k = `${a.skuId}|${a.zoneId}`;
    cell.set(k, { ...(cell.get(k) ?? {}), [a.clusterId]: a.units });
    clusterTotals.set(a.clusterId, (clusterTotals.get(a.clusterId) ?? 0) + a.units);
  }
  const rows = inputs.pools.map((p) => {
    const byCluster = cell.get(`${p.skuId}|${p.zoneId}`) ?? {};
    const allocatedUnits = Object.values(byCluster).reduce((s, x) => s + x, 0);
    const sku = names.sku.get(p.skuId);
    const zone = names.zone.get(p.zoneId);
    return {
      poolId: p.poolId, skuId: p.skuId, skuCode: sku?.code ?? p.skuId, skuName: sku?.name ?? p.skuId, zoneId: p.zoneId, zoneCode: zone?.code ?? p.zoneId, zoneName: zone?.name ?? p.zoneId,
      demandUnits: p.units, allocatedUnits, shortageUnits: Math.max(0, p.units - allocatedUnits), byCluster,
    };
  });
  rows.sort((a, b) => (a.skuCode === b.skuCode ? (a.zoneCode < b.zoneCode ? -1 : 1) : a.skuCode < b.skuCode ? -1 : 1));
  const clusters = clusterIds
    .map((id) => ({ id, code: names.org.get(id)?.code ?? id, name: names.org.get(id)?.name ?? id, allocatedUnits: clusterTotals.get(id) ?? 0 }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  return { clusters, rows, demandUnits: rows.reduce((s, r) => s + r.demandUnits, 0), allocatedUnits: rows.reduce((s, r) => s + r.allocatedUnits, 0) };
}

export type WorkPackageRow = {
  id: string; isoWeek: string; planRunId: string; clusterId: string; clusterName: string; farmId: string; farmCode: string; farmName: string;
  skuId: string; skuCode: string; skuName: string; targetUnits: number; harvestDate: string; status: string;
};

type PackageWhere = { hubId: string; planRunId?: string; clusterId?: string; farmId?: string; isoWeek?: { gte?: string; lte?: string }; planRun?: { status: "PUBLISHED" } };

/** Work packages matching `where`, with farm, cluster and SKU names (week, cluster, farm, SKU order). */
export async function workPackageRows(db: DbOrTx, where: PackageWhere): Promise<WorkPackageRow[]> {
  const rows = await db.workPackage.findMany({
    where,
    orderBy: [{ isoWeek: "asc" }, { clusterId: "asc" }, { farmId: "asc" }, { skuId: "asc" }],
    take: 5000,
    select: { id: true, isoWeek: true, planRunId: true, clusterId: true, farmId: true, skuId: true, targetUnits: true, harvestDate: true, status: true, farm: { select: { code: true, name: true } } },
  });
  const names = await namesOf(db, where.hubId, { skus: [...new Set(rows.map((r) => r.skuId))], orgs: [...new Set(rows.map((r) => r.clusterId))] });
  return rows.map((r) => ({
    id: r.id, isoWeek: r.isoWeek, planRunId: r.planRunId, clusterId: r.clusterId, clusterName: names.org.get(r.clusterId)?.name ?? r.clusterId,
    farmId: r.farmId, farmCode: r.farm.code, farmName: r.farm.name, skuId: r.skuId, skuCode: names.sku.get(r.skuId)?.code ?? r.skuId, skuName: names.sku.get(r.skuId)?.name ?? r.skuId,
    targetUnits: r.targetUnits, harvestDate: r.harvestDate.toISOString().slice(0, 10), status: r.status,
  }));
}

/** Work packages of a run (optionally one cluster or farm). */
export async function runWorkPackages(ctx: ServiceContext, input: { runId: string; clusterId?: string; farmId?: string }) {
  const run = await ctx.db.planRun.findFirst({ where: { id: input.runId, hubId: ctx.actor.hubId }, select: { id: true } });
  if (!run) throw new DomainError("NOT_FOUND", "Plan run not found.");
  return workPackageRows(ctx.db, { hubId: ctx.actor.hubId, planRunId: run.id, clusterId: input.clusterId, farmId: input.farmId });
}
