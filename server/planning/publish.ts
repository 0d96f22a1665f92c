// Publishing a solved plan: it becomes the week's plan (the previous published one is superseded
// and its work packages cancelled), and the outbox gets plan.published, one shortage.detected per
// shortage and one work-package.issued per farm, all in the same transaction.
import type { Tx } from "@/lib/db";
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { emitEvent } from "../events/outbox";
import { recordAudit } from "../identity/audit";
import { PLANNING_EVENTS } from "./events";

export type PublishOutcome = { runId: string; status: "PUBLISHED"; supersededRunId: string | null; alreadyPublished: boolean };

type LockedRun = { id: string; hubId: string; isoWeek: string; kind: string; status: string; allocatedUnits: number | null; shortageUnits: number | null };

async function lockRun(tx: Tx, hubId: string, runId: string): Promise<LockedRun> {
  const [run] = await tx.$queryRaw<LockedRun[]>`
    SELECT id, "hubId", "isoWeek", kind::text AS kind, status::text AS status, "allocatedUnits", "shortageUnits"
    FROM "PlanRun" WHERE id = ${runId} AND "hubId" = ${hubId} FOR UPDATE`;
  if (!run) throw new DomainError("NOT_FOUND", "Plan run not found.");
  return run;
}

/** Publishes a solved plan run of the actor's hub (planning:run); publishing twice is a no-op. */
export async function publishPlan(ctx: ServiceContext, input: { runId: string }): Promise<PublishOutcome> {
  return inTransaction(ctx.db, async (tx) => {
    // One publisher per hub + week at a time, so two runs cannot both end up published.
    const head = await tx.planRun.findFirst({ where: { id: input.runId, hubId: ctx.actor.hubId }, select: { isoWeek: true } });
    if (!head) throw new DomainError("NOT_FOUND", "Plan run not found.");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`plan-publish:${ctx.actor.hubId}:${head.isoWeek}`}))`;
    const run = await lockRun(tx, ctx.actor.hubId, input.runId);
    if (run.status === "PUBLISHED") return { runId: run.id, status: "PUBLISHED", supersededRunId: null, alreadyPublished: true };
    if (run.kind === "CROP_PROGRAM") throw new DomainError("INVALID_STATE", "Crop programs are not published.");
    if (run.status !== "SOLVED") throw new DomainError("INVALID_STATE", `Only a solved plan can be published (this one is ${run.status.toLowerCase()}).`);
    const superseded = await supersede(tx, run);
    const now = ctx.now();
    await tx.planRun.update({ where: { id: run.id }, data: { status: "PUBLISHED", publishedAt: now } });
    await emitEvent(tx, {
      name: PLANNING_EVENTS.planPublished, hubId: run.hubId, key: run.id,
      payload: { hubId: run.hubId, isoWeek: run.isoWeek, runId: run.id, kind: run.kind, supersededRunId: superseded, allocatedUnits: run.allocatedUnits ?? 0, shortageUnits: run.shortageUnits ?? 0 },
    });
    await emitShortages(tx, run);
    await emitWorkPackages(tx, run);
    await recordAudit(tx, { hubId: run.hubId, actorUserId: ctx.actor.userId, action: "planning.plan-published", targetType: "PlanRun", targetId: run.id, data: { isoWeek: run.isoWeek, supersededRunId: superseded }, ip: ctx.ip ?? null });
    return { runId: run.id, status: "PUBLISHED", supersededRunId: superseded, alreadyPublished: false };
  });
}

/**
 * The week's published plan becomes SUPERSEDED and its work packages CANCELLED. A farm that had
 * acknowledged a package keeps that acknowledgement when the new plan asks the same of it.
 */
async function supersede(tx: Tx, run: LockedRun): Promise<string | null> {
  const old = await tx.planRun.findFirst({ where: { hubId: run.hubId, isoWeek: run.isoWeek, status: "PUBLISHED", kind: { in: ["WEEK", "REPLAN"] }, id: { not: run.id } }, select: { id: true } });
  if (!old) return null;
  await tx.planRun.update({ where: { id: old.id }, data: { status: "SUPERSEDED" } });
  await tx.$executeRaw`
    UPDATE "WorkPackage" n SET status = 'ACKNOWLEDGED'
    FROM "WorkPackage" o
    WHERE n."planRunId" = ${run.id} AND o."planRunId" = ${old.id} AND o.status = 'ACKNOWLEDGED'
      AND o."farmId" = n."farmId" AND o."skuId" = n."skuId" AND o."targetUnits" = n."targetUnits" AND o."harvestDate" = n."harvestDate"`;
  await tx.workPackage.updateMany({ where: { planRunId: old.id, status: { not: "CANCELLED" } }, data: { status: "CANCELLED" } });
  return old.id;
}

async function emitShortages(tx: Tx, run: LockedRun): Promise<void> {
  const shortages = await tx.planException.findMany({ where: { planRunId: run.id, kind: "SHORTAGE" }, select: { id: true, skuId: true, zoneId: true, units: true }, orderBy: { id: "asc" } });
  for (const s of shortages) {
    await emitEvent(tx, {
      name: PLANNING_EVENTS.shortageDetected, hubId: run.hubId, key: s.id,
      payload: { hubId: run.hubId, isoWeek: run.isoWeek, runId: run.id, exceptionId: s.id, skuId: s.skuId, zoneId: s.zoneId ?? "", units: s.units },
    });
  }
}

async function emitWorkPackages(tx: Tx, run: LockedRun): Promise<void> {
  const packages = await tx.workPackage.findMany({ where: { planRunId: run.id }, select: { id: true, farmId: true, clusterId: true, targetUnits: true }, orderBy: [{ farmId: "asc" }, { id: "asc" }] });
  const byFarm = new Map<string, { clusterId: string; ids: string[]; units: number }>();
  for (const p of packages) {
    const f = byFarm.get(p.farmId) ?? { clusterId: p.clusterId, ids: [], units: 0 };
    f.ids.push(p.id);
    f.units += p.targetUnits;
    byFarm.set(p.farmId, f);
  }
  for (const [farmId, f] of byFarm) {
    await emitEvent(tx, {
      name: PLANNING_EVENTS.workPackageIssued, hubId: run.hubId, key: `${run.id}:${farmId}`,
      payload: { hubId: run.hubId, isoWeek: run.isoWeek, runId: run.id, clusterId: f.clusterId, farmId, workPackageIds: f.ids, targetUnits: f.units },
    });
  }
}
