// The one runner every engine goes through: validates the payload, records a JobRun row, calls
// the handler and records the outcome. Engines decide only how attempts are scheduled.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { PublishFn } from "@/server/events";
import type { AnyJob, JobEngineName, JobEvent, JobLogger, JobTriggerKind, StepTools } from "./define";
import { InvalidJobPayloadError } from "./errors";
import { createLocalStep } from "./local-step";
import { createJobLogger } from "./logger";

export type RunInput = {
  db: Db;
  engine: JobEngineName;
  trigger: JobTriggerKind;
  /** The raw payload; validated against the job's schema here. */
  payload: unknown;
  event?: JobEvent;
  /** 1-based attempt number as the engine counts it. */
  attempt?: number;
  /**
   * The JobRun id. Engines that re-enter a handler for one logical run (Inngest calls it once per
   * step) pass a stable id so the row is upserted, not duplicated. Default: a fresh id per call.
   */
  runId?: string;
  step?: StepTools;
  logger?: JobLogger;
  /** How this engine publishes outbox events; absent when there is no engine to publish to. */
  publish?: PublishFn;
};

export type RunOutcome = { runId: string; result: unknown };

/** JSON-safe copy of a handler result for the JobRun row (Dates become strings, undefined becomes null). */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 4000);
}

/** Runs `job` once through its handler and records the attempt as a JobRun; rethrows handler errors. */
export async function runJob(job: AnyJob, input: RunInput): Promise<RunOutcome> {
  const { db } = input;
  const runId = input.runId ?? randomUUID();
  const attempt = input.attempt ?? 1;
  const logger = input.logger ?? createJobLogger(`jobs:${job.id}`);
  const startedAt = new Date();
  const rawPayload = toJson(input.payload);
  const run = await db.jobRun.upsert({
    where: { id: runId },
    create: {
      id: runId,
      jobId: job.id,
      engine: input.engine,
      trigger: input.trigger,
      attempt,
      startedAt,
      payload: rawPayload instanceof Prisma.NullTypes.DbNull ? {} : rawPayload,
    },
    // Re-entry of the same logical run (next Inngest step or a retry): it is running again.
    update: { status: "RUNNING", attempt, finishedAt: null, error: null },
    select: { startedAt: true },
  });
  const finish = async (data: Prisma.JobRunUpdateInput) => {
    const finishedAt = new Date();
    await db.jobRun.update({
      where: { id: runId },
      data: { ...data, finishedAt, durationMs: Math.max(0, finishedAt.getTime() - run.startedAt.getTime()) },
    });
  };

  const parsed = job.payload.safeParse(input.payload ?? {});
  if (!parsed.success) {
    const message = `Invalid payload for ${job.id}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ")}`;
    await finish({ status: "FAILED", error: message });
    logger.warn(message, { runId });
    throw new InvalidJobPayloadError(message);
  }

  try {
    const result = await job.handler({
      payload: parsed.data,
      event: input.event,
      step: input.step ?? createLocalStep(logger),
      db,
      logger,
      publish: input.publish,
      runId,
      attempt,
      engine: input.engine,
      trigger: input.trigger,
    });
    await finish({ status: "SUCCEEDED", result: toJson(result) });
    logger.debug(`run ${runId} succeeded`, { attempt });
    return { runId, result };
  } catch (error) {
    await finish({ status: "FAILED", error: describe(error) });
    logger.warn(`run ${runId} failed (attempt ${attempt})`, { error: describe(error) });
    throw error;
  }
}
