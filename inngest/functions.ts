// One Inngest function per job definition (server/jobs), so production runs exactly the jobs the
// local engine runs. Each function is a thin wrapper: it maps the Inngest event to the runner's
// input and lets the runner validate, record the JobRun and call the handler with Inngest's steps.
import { NonRetriableError, type Context, type Inngest, type InngestFunction } from "inngest";
import { getDb, type Db } from "@/lib/db";
import type { PublishFn } from "@/server/events";
import { JOB_RUN_REQUESTED, NonRetriableJobError, debounceFields, jobs, runJob, type AnyJob, type JobEvent, type JobTriggerKind, type StepTools } from "@/server/jobs";
import { inngest } from "./client";
import { inngestPublisher } from "./publish";

export type InngestDeps = { db: () => Db; publish: PublishFn };

type Retries = NonNullable<InngestFunction.Options["retries"]>;

/** Inngest function id of a job ("events.relay" -> "events-relay"). */
export function inngestFunctionId(jobId: string): string {
  return jobId.replaceAll(".", "-");
}

function triggersFor(job: AnyJob): InngestFunction.Trigger<string>[] {
  // Every function also answers "run now" requests addressed to its job.
  const runRequested = { event: JOB_RUN_REQUESTED, if: `event.data.jobId == "${job.id}"` };
  if ("cron" in job.trigger) {
    const cron = job.trigger.timezone ? `TZ=${job.trigger.timezone} ${job.trigger.cron}` : job.trigger.cron;
    return [{ cron }, runRequested];
  }
  return [{ event: job.trigger.event }, runRequested];
}

function concurrencyFor(job: AnyJob): InngestFunction.Options["concurrency"] {
  if (job.concurrencyKey) return { limit: 1, key: `event.data.${job.concurrencyKey}` };
  if (job.singleton) return { limit: 1 };
  return undefined;
}

/**
 * Inngest's debounce of a job: the key is a CEL expression over the event; "run now" requests carry
 * the payload one level down, so each is its own group (its run id) and is never merged with events.
 */
export function debounceFor(job: AnyJob): InngestFunction.Options["debounce"] {
  if (!job.debounce) return undefined;
  const fields = debounceFields(job.debounce).map((f) => `event.data.${f}`).join(' + "|" + ');
  return { key: `has(event.data.runId) ? event.data.runId : ${fields}`, period: `${job.debounce.seconds}s` };
}

/** Maps the triggering Inngest event to the runner's trigger, payload and JobEvent. */
function runInputOf(job: AnyJob, ctx: Pick<Context.Any, "event" | "runId">): { trigger: JobTriggerKind; payload: unknown; event?: JobEvent; runId: string } {
  const data = (ctx.event.data ?? {}) as Record<string, unknown>;
  if (ctx.event.name === JOB_RUN_REQUESTED) {
    const payload = (data.payload ?? {}) as Record<string, unknown>;
    const event = "event" in job.trigger ? { id: String(data.runId), name: job.trigger.event, hubId: null, payload } : undefined;
    return { trigger: "manual", payload, event, runId: String(data.runId ?? ctx.runId) };
  }
  if ("cron" in job.trigger) return { trigger: "cron", payload: {}, runId: ctx.runId };
  const hubId = typeof data.hubId === "string" ? data.hubId : null;
  const event = { id: ctx.event.id ?? ctx.runId, name: ctx.event.name, hubId, payload: data };
  return { trigger: "event", payload: data, event, runId: ctx.runId };
}

/** Builds the Inngest function of one job. */
export function buildInngestFunction(client: Inngest.Any, job: AnyJob, deps: InngestDeps) {
  return client.createFunction(
    {
      id: inngestFunctionId(job.id),
      name: job.id,
      description: job.description,
      triggers: triggersFor(job),
      retries: job.retries as Retries,
      concurrency: concurrencyFor(job),
      ...(job.debounce ? { debounce: debounceFor(job) } : {}),
    },
    async (ctx) => {
      // Inngest re-enters the handler once per step; the runner upserts one JobRun per Inngest run.
      const step: StepTools = { run: (id, fn) => ctx.step.run(id, fn) as never };
      try {
        return await runJob(job, {
          ...runInputOf(job, ctx),
          db: deps.db(),
          engine: "inngest",
          attempt: ctx.attempt + 1,
          step,
          logger: ctx.logger,
          publish: deps.publish,
        });
      } catch (error) {
        if (error instanceof NonRetriableJobError) throw new NonRetriableError(error.message, { cause: error });
        throw error;
      }
    },
  );
}

/** One Inngest function per job definition. */
export function buildInngestFunctions(client: Inngest.Any, list: readonly AnyJob[], deps: InngestDeps) {
  return list.map((job) => buildInngestFunction(client, job, deps));
}

/** The functions served at /api/inngest. */
export const functions = buildInngestFunctions(inngest, jobs, { db: getDb, publish: inngestPublisher(inngest) });
