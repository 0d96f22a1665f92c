// One definition per background job; the local (pg-boss) and Inngest engines are both built
// from these, so a job behaves the same on one machine and in production.
import type { z } from "zod";
import type { Db } from "@/lib/db";
import type { PublishedEvent, PublishFn } from "@/server/events";

export type JobTrigger = { event: string } | { cron: string; timezone?: string };
export type JobDebounce = { key: string; seconds: number };
export type JobEngineName = "local" | "inngest" | "cli" | "manual";
export type JobTriggerKind = "event" | "cron" | "manual";

/** The event that triggered a run (for event-triggered jobs). `id` is the deterministic outbox id. */
export type JobEvent = PublishedEvent;

/** Asks the engine to run a job once, now (the "run now" button and the CLI on Inngest). */
export const JOB_RUN_REQUESTED = "furrow/job.run-requested";

export type JobLogger = {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
};

/** What a value looks like after a JSON round trip (Inngest memoizes step results as JSON). */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

/** The seam between job code and the engine: Inngest's step.run in production, a recorded call locally. */
export type StepTools = {
  run<T>(stepId: string, fn: () => Promise<T> | T): Promise<Jsonified<T>>;
};

export type JobContext<P> = {
  payload: P;
  event?: JobEvent;
  step: StepTools;
  db: Db;
  logger: JobLogger;
  /** Publishes outbox events to the active engine (used by the relay); absent when no engine is reachable. */
  publish?: PublishFn;
  runId: string;
  attempt: number;
  engine: JobEngineName;
  trigger: JobTriggerKind;
};

export type JobDefinition<S extends z.ZodType = z.ZodType, R = unknown> = {
  id: string;
  description: string;
  trigger: JobTrigger;
  payload: S;
  /** Retries after the first failed attempt. */
  retries: number;
  /** At most one run at a time, across all processes. */
  singleton: boolean;
  /** Payload field whose value serialises runs (e.g. "hubId": one run per hub at a time). */
  concurrencyKey?: string;
  /**
   * Event jobs: collapse bursts of events with the same key into one run. `key` lists payload fields
   * ("hubId,isoWeek"); Inngest waits until `seconds` pass without a new event, pg-boss runs the
   * first event of each `seconds` window and at most one more at the start of the next.
   */
  debounce?: JobDebounce;
  // Method syntax on purpose: keeps every JobDefinition assignable to AnyJob (bivariant parameter).
  handler(ctx: JobContext<z.output<S>>): Promise<R>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJob = JobDefinition<z.ZodType, any>;

export type JobInput<S extends z.ZodType, R> = Omit<JobDefinition<S, R>, "retries" | "singleton"> & {
  retries?: number;
  singleton?: boolean;
};

const JOB_ID = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
const EVENT_NAME = /^[a-z][a-z0-9-]*\/[a-z0-9.-]+$/;

/** Declares a job; validates the id, trigger and retry settings once, at import time. */
export function defineJob<S extends z.ZodType, R>(input: JobInput<S, R>): JobDefinition<S, R> {
  if (!JOB_ID.test(input.id)) throw new Error(`Job id "${input.id}" must look like "domain.action-name"`);
  if ("event" in input.trigger && !EVENT_NAME.test(input.trigger.event)) {
    throw new Error(`Job ${input.id}: event "${input.trigger.event}" must look like "domain/noun.verb-past"`);
  }
  if ("cron" in input.trigger && input.trigger.cron.trim().split(/\s+/).length !== 5) {
    throw new Error(`Job ${input.id}: cron "${input.trigger.cron}" must have 5 fields`);
  }
  if (input.debounce) {
    if (!("event" in input.trigger)) throw new Error(`Job ${input.id}: only event jobs can be debounced`);
    if (debounceFields(input.debounce).length === 0) throw new Error(`Job ${input.id}: debounce key must name payload fields, e.g. "hubId,isoWeek"`);
    if (!Number.isInteger(input.debounce.seconds) || input.debounce.seconds < 1 || input.debounce.seconds > 3600) throw new Error(`Job ${input.id}: debounce seconds must be 1..3600`);
  }
  const retries = input.retries ?? 3;
  if (!Number.isInteger(retries) || retries < 0 || retries > 20) throw new Error(`Job ${input.id}: retries must be 0..20`);
  return { ...input, retries, singleton: input.singleton ?? false };
}

/** The payload fields a debounce key is made of. */
export function debounceFields(debounce: JobDebounce): string[] {
  return debounce.key.split(",").map((f) => f.trim()).filter((f) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(f));
}

/** The engine-neutral debounce group of a payload: job id + the key fields' values. */
export function debounceKeyFor(job: Pick<AnyJob, "id" | "debounce">, payload: unknown): string | undefined {
  if (!job.debounce) return undefined;
  const data = (payload ?? {}) as Record<string, unknown>;
  return `${job.id}:${debounceFields(job.debounce).map((f) => String(data[f] ?? "")).join("|")}`;
}

/** Jobs whose trigger is the given event name. */
export function jobsForEvent(jobs: readonly AnyJob[], eventName: string): AnyJob[] {
  return jobs.filter((j) => "event" in j.trigger && j.trigger.event === eventName);
}

/** Cron-triggered jobs. */
export function cronJobs(jobs: readonly AnyJob[]): (AnyJob & { trigger: { cron: string; timezone?: string } })[] {
  return jobs.filter((j): j is AnyJob & { trigger: { cron: string; timezone?: string } } => "cron" in j.trigger);
}
