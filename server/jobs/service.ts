// Use-cases behind the Jobs page: what jobs exist and how they last ran, run history, outbox
// health, "run now" and dead-letter redelivery.
import { randomUUID } from "node:crypto";
import { inTransaction, type Db } from "@/lib/db";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { listDeadLetters, outboxStats, retryDeadLetter } from "@/server/events";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity";
import { getActiveEngine, type JobEngineHandle } from "./active-engine";
import type { AnyJob } from "./define";
import { jobs as registeredJobs } from "./registry";
import { runJob } from "./run";
import { nextRunAt } from "./schedule";
import type { TJobRunsInput, TOutboxInput, TRetryDeadLetterInput, TRunNowInput } from "./schema";

/** Seams for tests: the job list and the engine (default: the registry and the process's active engine). */
export type JobsDeps = { jobs?: readonly AnyJob[]; engine?: JobEngineHandle | null };

const runSummary = { id: true, status: true, startedAt: true, finishedAt: true, durationMs: true } as const;

/** Every registered job with its trigger, last run and (for cron jobs) next fire time. */
export async function listJobs(ctx: ServiceContext, deps: JobsDeps = {}) {
  const list = deps.jobs ?? registeredJobs;
  const engine = deps.engine === undefined ? getActiveEngine() : deps.engine;
  const lastRuns = await Promise.all(
    list.map((job) => ctx.db.jobRun.findFirst({ where: { jobId: job.id }, orderBy: { startedAt: "desc" }, select: runSummary })),
  );
  const now = ctx.now();
  return {
    engine: engine?.name ?? ("none" as const),
    jobs: list.map((job, i) => ({
      id: job.id,
      description: job.description,
      trigger:
        "cron" in job.trigger
          ? { kind: "cron" as const, cron: job.trigger.cron, timezone: job.trigger.timezone ?? "UTC" }
          : { kind: "event" as const, event: job.trigger.event },
      retries: job.retries,
      lastRun: lastRuns[i] ?? null,
      // Only an engine fires schedules; without one there is no next run to promise.
      nextRunAt: engine ? nextRunAt(job.trigger, now) : null,
    })),
  };
}

/** Recent job runs, filtered by job and status, paged. */
export async function listJobRuns(ctx: ServiceContext, input: TJobRunsInput) {
  const where = { ...(input.jobId ? { jobId: input.jobId } : {}), ...(input.status ? { status: input.status } : {}) };
  const [items, total] = await Promise.all([
    ctx.db.jobRun.findMany({
      where,
      orderBy: [{ startedAt: input.sort }, { id: input.sort }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: { ...runSummary, jobId: true, engine: true, trigger: true, attempt: true, payload: true, result: true, error: true },
    }),
    ctx.db.jobRun.count({ where }),
  ]);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** The actor's hub plus hub-less system events: the dead letters an operator of this hub may see. */
function visibleHubs(ctx: ServiceContext): (string | null)[] {
  return [ctx.actor.hubId, null];
}

/** Outbox health (global counts) and the dead letters visible to the actor, paged. */
export async function outboxOverview(ctx: ServiceContext, input: TOutboxInput) {
  const [stats, dead] = await Promise.all([
    outboxStats(ctx.db, ctx.now()),
    listDeadLetters(ctx.db, { page: input.page, pageSize: input.pageSize, hubIds: visibleHubs(ctx) }),
  ]);
  return { stats, deadLetters: { ...dead, page: input.page, pageSize: input.pageSize } };
}

function payloadErrors(job: AnyJob, payload: unknown): FieldErrors | null {
  const parsed = job.payload.safeParse(payload);
  if (parsed.success) return null;
  const out: FieldErrors = {};
  for (const issue of parsed.error.issues) (out[["payload", ...issue.path.map(String)].join(".")] ??= []).push(issue.message);
  return out;
}

/**
 * Runs a job once: enqueued on the active engine, or, when this process runs none, executed here
 * through the runner (engine "manual"). Returns the JobRun id either way.
 */
export async function runJobNow(ctx: ServiceContext, input: TRunNowInput, deps: JobsDeps = {}) {
  const list = deps.jobs ?? registeredJobs;
  const job = list.find((j) => j.id === input.jobId);
  if (!job) throw new DomainError("NOT_FOUND", `There is no job "${input.jobId}".`);
  const payload = input.payload ?? {};
  const fieldErrors = payloadErrors(job, payload);
  if (fieldErrors) throw new DomainError("VALIDATION", "The payload does not fit this job.", { fieldErrors });

  const engine = deps.engine === undefined ? getActiveEngine() : deps.engine;
  const audit = (runId: string) =>
    recordAudit(ctx.db, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "jobs.run-requested", targetType: "job", targetId: job.id, data: { runId, payload }, ip: ctx.ip });
  if (engine) {
    const { runId } = await engine.runNow(job.id, payload);
    await audit(runId);
    return { runId, mode: "enqueued" as const, engine: engine.name, error: null };
  }
  if (!("$transaction" in ctx.db)) throw new DomainError("INVALID_STATE", "A job cannot run inside a transaction.");
  const runId = randomUUID();
  await audit(runId);
  const event = "event" in job.trigger ? { id: randomUUID(), name: job.trigger.event, hubId: ctx.actor.hubId, payload } : undefined;
  try {
    await runJob(job, { db: ctx.db as Db, engine: "manual", trigger: "manual", payload, event, runId });
    return { runId, mode: "completed" as const, engine: "manual" as const, error: null };
  } catch (error) {
    // The failure is recorded on the JobRun; the caller gets the run id to look at it.
    return { runId, mode: "failed" as const, engine: "manual" as const, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Puts a dead-lettered outbox event (of the actor's hub or hub-less) back in the relay's queue. */
export async function retryDeadLetterEvent(ctx: ServiceContext, input: TRetryDeadLetterInput) {
  return inTransaction(ctx.db, async (tx) => {
    const result = await retryDeadLetter(tx, input.eventId, { now: ctx.now(), hubIds: visibleHubs(ctx) });
    await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "events.dead-letter-retried", targetType: "outbox-event", targetId: input.eventId, ip: ctx.ip });
    return result;
  });
}
