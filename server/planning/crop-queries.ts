// Read side of crop programs: the hub's latest crop-program run (or a given one) as rows.
import type { DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { namesOf } from "./queries";

export type CropProgramView = {
  run: { id: string; isoWeek: string; createdAt: Date; status: string; message: string | null } | null;
  weeks: string[];
  rows: { clusterId: string; clusterName: string; skuId: string; skuCode: string; skuName: string; isoWeek: string; plannedUnits: number; p50Units: number; p90Units: number }[];
};

/** Rows of a crop-program run (default: the hub's latest solved one), optionally one cluster or SKU. */
export async function cropProgramRows(db: DbOrTx, q: { hubId: string; runId?: string; clusterId?: string; skuId?: string }): Promise<CropProgramView> {
  const run = await db.planRun.findFirst({
    where: { hubId: q.hubId, kind: "CROP_PROGRAM", ...(q.runId ? { id: q.runId } : { status: "SOLVED" }) },
    orderBy: { createdAt: "desc" },
    select: { id: true, isoWeek: true, createdAt: true, status: true, message: true },
  });
  if (!run) {
    if (q.runId) throw new DomainError("NOT_FOUND", "Crop program run not found.");
    return { run: null, weeks: [], rows: [] };
  }
  const rows = await db.cropProgram.findMany({
    where: { planRunId: run.id, ...(q.clusterId ? { clusterId: q.clusterId } : {}), ...(q.skuId ? { skuId: q.skuId } : {}) },
    orderBy: [{ clusterId: "asc" }, { skuId: "asc" }, { isoWeek: "asc" }],
    select: { clusterId: true, skuId: true, isoWeek: true, plannedUnits: true, p50Units: true, p90Units: true },
  });
  const names = await namesOf(db, q.hubId, { skus: [...new Set(rows.map((r) => r.skuId))], orgs: [...new Set(rows.map((r) => r.clusterId))] });
  return {
    run,
    weeks: [...new Set(rows.map((r) => r.isoWeek))].sort(),
    rows: rows.map((r) => ({ ...r, clusterName: names.org.get(r.clusterId)?.name ?? r.clusterId, skuCode: names.sku.get(r.skuId)?.code ?? r.skuId, skuName: names.sku.get(r.skuId)?.name ?? r.skuId })),
  };
}

/** Crop programs for the planner portal. */
export async function cropPrograms(ctx: ServiceContext, input: { runId?: string; clusterId?: string; skuId?: string }): Promise<CropProgramView> {
  return cropProgramRows(ctx.db, { hubId: ctx.actor.hubId, ...input });
}
