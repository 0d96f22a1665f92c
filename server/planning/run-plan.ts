// A plan run for one week: load the inputs, store them with their hash, solve, and write the
// allocations, exceptions and work packages. Progress goes to the PlanRun row as it happens (the
// planner's page polls it), so those updates are outside the final transaction on purpose.
import type { PlanRunStatus } from "@/generated/prisma/client";
import type { Db, DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isIsoWeek } from "@/lib/iso-week";
import type { Actor } from "../identity/actor";
import { allocationsOfRun, loadPlanInputs } from "./inputs";
import { inputHash, solvePlan, type PlanInputs, type PlanResult } from "./model";
import { exceptionDrafts } from "./rules";
import { draftWorkPackages, type WorkPackageDraft } from "./work-packages";

export type RunPlanInput = {
  hubId: string;
  isoWeek: string;
  kind: "WEEK" | "REPLAN";
  /** Why: "planner", "pool.closed:<zone>", "capacity.changed"... */
  trigger: string;
  previousRunId?: string;
  /** Solve again even when a run with the same inputs exists. */
  force?: boolean;
  now?: Date;
};

export type RunPlanOutcome = { runId: string; status: PlanRunStatus; reused: boolean };

/** A RUNNING run older than this is taken as crashed and does not block a new one. */
const STALE_RUNNING_MS = 15 * 60_000;

/** The run a re-plan stays close to: the given one, else the week's published plan, else its latest solved one. */
export async function previousRunFor(db: DbOrTx, q: { hubId: string; isoWeek: string; previousRunId?: string }) {
  const select = { id: true, status: true } as const;
  const planKinds = { in: ["WEEK" as const, "REPLAN" as const] };
  if (q.previousRunId) {
    const run = await db.planRun.findFirst({ where: { id: q.previousRunId, hubId: q.hubId, isoWeek: q.isoWeek, kind: planKinds, status: { in: ["SOLVED", "PUBLISHED", "SUPERSEDED"] } }, select });
    if (!run) throw new DomainError("NOT_FOUND", "No solved plan of this week with that id.");
    return run;
  }
  return (
    (await db.planRun.findFirst({ where: { hubId: q.hubId, isoWeek: q.isoWeek, kind: planKinds, status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, select })) ??
    (await db.planRun.findFirst({ where: { hubId: q.hubId, isoWeek: q.isoWeek, kind: planKinds, status: "SOLVED" }, orderBy: { createdAt: "desc" }, select }))
  );
}

/** Runs (or reuses, when the inputs are unchanged) the plan of a week; returns the run. */
export async function runPlan(db: Db, actor: Actor | null, input: RunPlanInput): Promise<RunPlanOutcome> {
  if (actor && actor.hubId !== input.hubId) throw new DomainError("FORBIDDEN", "Not your hub.");
  if (!isIsoWeek(input.isoWeek)) throw new DomainError("VALIDATION", "Not an ISO week.", { fieldErrors: { isoWeek: ["Enter a week such as 2026-W49."] } });
  const now = input.now ?? new Date();
  const previousRun = input.kind === "REPLAN" ? await previousRunFor(db, input) : null;
  if (input.kind === "REPLAN" && !previousRun) throw new DomainError("INVALID_STATE", "This week has no plan to re-plan yet.");
  const previous = previousRun ? await allocationsOfRun(db, previousRun.id) : null;
  const inputs = await loadPlanInputs(db, { hubId: input.hubId, isoWeek: input.isoWeek, previous, at: now });
  const claim = await claimRun(db, { ...input, previousRunId: previousRun?.id ?? null, inputs, hash: inputHash(inputs), createdById: actor?.userId ?? null });
  if (claim.reused) return claim;
  try {
    await progress(db, claim.runId, 35, "Solving");
    const result = await solvePlan(inputs);
    if (!result.feasible) throw new Error(`The solver stopped without a plan (${result.status}).`);
    await progress(db, claim.runId, 70, "Writing allocations and work packages");
    const packages = await draftWorkPackages(db, { hubId: input.hubId, isoWeek: input.isoWeek, result });
    await writeSolvedPlan(db, { runId: claim.runId, hubId: input.hubId, isoWeek: input.isoWeek, inputs, result, packages });
    return { runId: claim.runId, status: "SOLVED", reused: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.planRun.update({ where: { id: claim.runId }, data: { status: "FAILED", message: message.slice(0, 1000), finishedAt: new Date() } });
    throw error;
  }
}

type Claim = Omit<RunPlanInput, "previousRunId"> & { previousRunId: string | null; inputs: PlanInputs; hash: string; createdById: string | null };

/** Under a lock per hub + week: the run with the same inputs if there is one, else a new RUNNING run. */
async function claimRun(db: Db, c: Claim): Promise<RunPlanOutcome> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`plan-run:${c.hubId}:${c.isoWeek}`}))`;
    if (!c.force) {
      const same = await tx.planRun.findFirst({
        where: {
          hubId: c.hubId, isoWeek: c.isoWeek, kind: c.kind, inputHash: c.hash,
          OR: [{ status: { in: ["SOLVED", "PUBLISHED"] } }, { status: "RUNNING", createdAt: { gt: new Date(Date.now() - STALE_RUNNING_MS) } }],
        },
        orderBy: { createdAt: "desc" },
        select: { id: true, status: true },
      });
      if (same) return { runId: same.id, status: same.status, reused: true };
    }
    const run = await tx.planRun.create({
      data: {
        hubId: c.hubId, isoWeek: c.isoWeek, kind: c.kind, status: "RUNNING", trigger: c.trigger.slice(0, 200), previousRunId: c.previousRunId,
        inputs: c.inputs as unknown as object, inputHash: c.hash, progress: 20, message: "Inputs loaded", createdById: c.createdById,
      },
      select: { id: true },
    });
    return { runId: run.id, status: "RUNNING" as const, reused: false };
  });
}

async function progress(db: Db, runId: string, value: number, message: string) {
  await db.planRun.update({ where: { id: runId }, data: { progress: value, message } });
}

type Solved = { runId: string; hubId: string; isoWeek: string; inputs: PlanInputs; result: PlanResult; packages: WorkPackageDraft[] };

/** Allocations, exceptions, work packages and the run's figures, in one transaction. */
async function writeSolvedPlan(db: Db, s: Solved): Promise<void> {
  const { runId, hubId, isoWeek, result } = s;
  const demandByPool = new Map(s.inputs.pools.map((p) => [p.poolId, p.units]));
  const exceptions = exceptionDrafts(result, demandByPool);
  await db.$transaction(async (tx) => {
    await tx.allocation.createMany({
      data: result.allocations.map((a) => ({ planRunId: runId, hubId, isoWeek, skuId: a.skuId, zoneId: a.zoneId, clusterId: a.clusterId, units: a.units, unitPriceMinor: a.unitPriceMinor, unitTransportMinor: a.unitTransportMinor })),
    });
    await tx.planException.createMany({ data: exceptions.map((e) => ({ planRunId: runId, hubId, isoWeek, ...e })) });
    await tx.workPackage.createMany({ data: s.packages.map((p) => ({ planRunId: runId, hubId, isoWeek, ...p })) });
    const p = result.parts;
    await tx.planRun.update({
      where: { id: runId },
      data: {
        status: "SOLVED", solverStatus: result.status, progress: 100, finishedAt: new Date(),
        objectiveMinor: BigInt(p.objectiveMinor), purchaseMinor: BigInt(p.purchaseMinor), transportMinor: BigInt(p.transportMinor), shortagePenaltyMinor: BigInt(p.shortagePenaltyMinor),
        demandUnits: result.demandUnits, allocatedUnits: result.allocatedUnits, shortageUnits: result.shortageUnits, movedUnits: result.movedUnits, solveMs: result.solveMs,
        message: `${result.method === "LP" ? "LP (simplex), integral optimum" : `${result.method} (the LP optimum was fractional)`}: ${result.columns} columns x ${result.rows} rows; ${exceptions.length} exceptions, ${s.packages.length} work packages.`,
      },
    });
  });
}
