// The default engine on one machine: pg-boss 10 in the app's own PostgreSQL (schema "pgboss").
// Queues carry retries with backoff and a dead-letter queue; cron schedules are shared by all
// processes (pg-boss elects one per tick); event jobs are fed by the outbox relay.
import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { createDb, type Db } from "@/lib/db";
import { cronJobs, type AnyJob, type JobEvent, type JobLogger, type JobTriggerKind } from "./define";
import { NonRetriableJobError, UnknownJobError } from "./errors";
import { setActiveEngine, getActiveEngine, type JobEngineHandle } from "./active-engine";
import { deadLetterQueue, enqueueManualRun, ensureQueues, localPublisher, PGBOSS_SCHEMA, type LocalJobData, type QueueSettings } from "./local-queues";
import { createJobLogger } from "./logger";
import { runJob } from "./run";

export type LocalEngineOptions = QueueSettings & {
  connectionString: string;
  jobs: readonly AnyJob[];
  /** Prisma client for the runner; by default one is created (and closed on stop). */
  db?: Db;
  schema?: string;
  logger?: JobLogger;
  /** How often idle workers poll their queue (default 2 s, pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** How often pg-boss checks schedules (default 30 s) and moves due cron jobs (default 5 s). */
  cronMonitorIntervalSeconds?: number;
  cronWorkerIntervalSeconds?: number;
  /** Register as the process's active engine for "run now" (default true). */
  register?: boolean;
};

export type LocalJobEngine = JobEngineHandle & {
  name: "local";
  boss: PgBoss;
  jobCount: number;
  scheduleCount: number;
};

function buildRunInput(job: AnyJob, data: LocalJobData): { trigger: JobTriggerKind; payload: unknown; event?: JobEvent } {
  if (data.trigger === "event") return { trigger: "event", payload: data.event.payload, event: data.event };
  if (data.trigger === "cron") return { trigger: "cron", payload: {} };
  const event = "event" in job.trigger ? { id: randomUUID(), name: job.trigger.event, hubId: null, payload: (data.payload ?? {}) as Record<string, unknown> } : undefined;
  return { trigger: "manual", payload: data.payload ?? {}, event };
}

/** Starts pg-boss, sets up queues and schedules, works every job; returns a handle to stop it. */
export async function startLocalJobEngine(opts: LocalEngineOptions): Promise<LocalJobEngine> {
  const logger = opts.logger ?? createJobLogger("jobs");
  const ownDb = !opts.db;
  const db = opts.db ?? createDb(opts.connectionString, 5);
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    schema: opts.schema ?? PGBOSS_SCHEMA,
    application_name: "furrow-jobs",
    max: 5,
    // pg-boss asserts on keys that are present but undefined: pass only what was set.
    ...(opts.cronMonitorIntervalSeconds ? { cronMonitorIntervalSeconds: opts.cronMonitorIntervalSeconds } : {}),
    ...(opts.cronWorkerIntervalSeconds ? { cronWorkerIntervalSeconds: opts.cronWorkerIntervalSeconds } : {}),
  });
  boss.on("error", (error) => logger.error("pg-boss error", { error: error instanceof Error ? error.message : String(error) }));
  await boss.start();
  await ensureQueues(boss, opts.jobs, opts);
  const publish = localPublisher(boss, opts.jobs);

  // Schedules live in the database: (re)write ours and drop those of jobs that no longer exist.
  const crons = cronJobs(opts.jobs);
  for (const job of crons) {
    const data: LocalJobData = { trigger: "cron" };
    await boss.schedule(job.id, job.trigger.cron, data, { tz: job.trigger.timezone ?? "UTC" });
  }
  const cronIds = new Set(crons.map((j) => j.id));
  for (const s of await boss.getSchedules()) if (!cronIds.has(s.name)) await boss.unschedule(s.name);

  for (const job of opts.jobs) {
    const work: PgBoss.WorkOptions & { includeMetadata: true } = { includeMetadata: true, batchSize: 1 };
    if (opts.pollingIntervalSeconds) work.pollingIntervalSeconds = opts.pollingIntervalSeconds;
    await boss.work<LocalJobData>(job.id, work, async ([bossJob]) => {
      if (!bossJob) return null;
      const attempt = bossJob.retryCount + 1;
      try {
        const { runId } = await runJob(job, {
          ...buildRunInput(job, bossJob.data),
          db,
          engine: "local",
          attempt,
          // One JobRun per attempt; a manual run's first attempt uses the id runNow returned.
          runId: attempt === 1 && bossJob.data.trigger === "manual" ? bossJob.data.runId : randomUUID(),
          logger,
          publish,
        });
        return { runId };
      } catch (error) {
        if (!(error instanceof NonRetriableJobError)) throw error;
        // pg-boss has no "fail without retry": complete this job and file it as dead ourselves.
        await boss.send(deadLetterQueue(job.id), { ...bossJob.data, error: error.message });
        return { nonRetriable: error.message };
      }
    });
  }

  let stopped = false;
  const engine: LocalJobEngine = {
    name: "local",
    boss,
    jobCount: opts.jobs.length,
    scheduleCount: crons.length,
    publish,
    async runNow(jobId, payload) {
      const job = opts.jobs.find((j) => j.id === jobId);
      if (!job) throw new UnknownJobError(jobId);
      return enqueueManualRun(boss, job, payload);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (getActiveEngine() === engine) setActiveEngine(null);
      // Graceful: lets active handlers finish (up to 20 s); pg-boss fails what is left so it is retried.
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
      if (ownDb) await db.$disconnect();
    },
  };
  if (opts.register !== false) setActiveEngine(engine);
  return engine;
}
