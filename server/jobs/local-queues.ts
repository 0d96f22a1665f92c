// pg-boss plumbing shared by the local engine and the CLI publisher: one queue per job (with its
// retry policy and a dead-letter queue) and the mapping from outbox events to queued jobs.
import { createHash, randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type { PublishFn, PublishedEvent } from "@/server/events";
import { debounceKeyFor, jobsForEvent, type AnyJob } from "./define";

/** What a queued pg-boss job carries; the trigger decides how the worker builds the payload. */
export type LocalJobData =
  | { trigger: "event"; event: PublishedEvent }
  | { trigger: "cron" }
  | { trigger: "manual"; payload: unknown; runId: string };

export type QueueSettings = {
  /** Base delay of pg-boss's exponential retry backoff (default 30 s). */
  retryDelaySeconds?: number;
  /** A run still active after this long is failed and retried (default 15 min). */
  expireInSeconds?: number;
  /** Only create missing queues; leave existing settings alone (send-only processes). */
  createOnly?: boolean;
};

export const PGBOSS_SCHEMA = "pgboss";

/** The dead-letter queue of a job: pg-boss moves a job there once its retries are used up. */
export function deadLetterQueue(jobId: string): string {
  return `${jobId}__dead`;
}

/** Creates (or updates, when settings changed in code) the queue and dead-letter queue of every job. */
export async function ensureQueues(boss: PgBoss, jobs: readonly AnyJob[], settings: QueueSettings = {}): Promise<void> {
  for (const job of jobs) {
    const dead = deadLetterQueue(job.id);
    await boss.createQueue(dead, { name: dead, retentionMinutes: 30 * 24 * 60 });
    const options: PgBoss.Queue = {
      name: job.id,
      // "singleton": at most one active job per singletonKey; other policies ignore the key.
      policy: job.singleton || job.concurrencyKey ? "singleton" : "standard",
      retryLimit: job.retries,
      retryDelay: settings.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: settings.expireInSeconds ?? 15 * 60,
      deadLetter: dead,
    };
    // createQueue does nothing for an existing queue; updateQueue carries changed settings over.
    await boss.createQueue(job.id, options);
    if (!settings.createOnly) await boss.updateQueue(job.id, options);
  }
}

/**
 * The singletonKey for a run. With the "singleton" policy it is the serialisation group (one
 * active run per key); for other queues pg-boss ignores it, so `${jobId}:${eventId}` is informative only.
 */
export function singletonKeyFor(job: AnyJob, payload: unknown, eventId?: string): string | undefined {
  if (job.concurrencyKey) {
    const value = (payload as Record<string, unknown> | null)?.[job.concurrencyKey];
    return `${job.id}:${String(value ?? "")}`;
  }
  if (job.singleton) return undefined;
  return eventId ? `${job.id}:${eventId}` : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** pg-boss ids are uuids: outbox ids already are (eventIdFor); anything else is hashed into one, deterministically. */
export function bossJobIdFor(eventId: string): string {
  if (UUID.test(eventId)) return eventId;
  const h = createHash("sha256").update(eventId).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Publishing locally = one pg-boss job per (event, subscribed job). The pg-boss job id is the
 * event id, so a re-published event is ignored while its job is still in the job table; after
 * that, consumers' onceForEvent is what keeps the effect single.
 */
export function localPublisher(boss: PgBoss, jobs: readonly AnyJob[]): PublishFn {
  return async (events) => {
    for (const event of events) {
      for (const job of jobsForEvent(jobs, event.name)) {
        const data: LocalJobData = { trigger: "event", event: { id: event.id, name: event.name, hubId: event.hubId, payload: event.payload } };
        const id = bossJobIdFor(event.id);
        // Debounced: the key groups the burst (and, on a singleton queue, also serialises its runs).
        if (job.debounce) await boss.sendDebounced(job.id, data, { id }, job.debounce.seconds, debounceKeyFor(job, event.payload)!);
        else await boss.send(job.id, data, { id, singletonKey: singletonKeyFor(job, event.payload, event.id) });
      }
    }
  };
}

/** Enqueues one manual run; returns the JobRun id its first attempt will record. */
export async function enqueueManualRun(boss: PgBoss, job: AnyJob, payload: unknown): Promise<{ runId: string }> {
  const runId = randomUUID();
  const data: LocalJobData = { trigger: "manual", payload: payload ?? {}, runId };
  const id = await boss.send(job.id, data, { id: runId, singletonKey: singletonKeyFor(job, payload) });
  if (!id) throw new Error(`Could not enqueue ${job.id}: its queue does not exist (is the local engine set up?)`);
  return { runId };
}

/** A send-only pg-boss (no workers, no cron) for processes that enqueue but do not run jobs, e.g. the CLI. */
export async function createLocalPublisher(opts: { connectionString: string; jobs: readonly AnyJob[]; schema?: string }) {
  const boss = new PgBoss({ connectionString: opts.connectionString, schema: opts.schema ?? PGBOSS_SCHEMA, schedule: false, supervise: false, max: 2 });
  boss.on("error", (error) => console.error("[jobs] pg-boss error", error));
  await boss.start();
  await ensureQueues(boss, opts.jobs, { createOnly: true });
  return { boss, publish: localPublisher(boss, opts.jobs), stop: () => boss.stop({ graceful: false, wait: true }) };
}
