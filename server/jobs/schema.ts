// Inputs and outputs of the Jobs page (developer portal).
import { z } from "zod";

const ZPage = { page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(100).default(25) };
export const ZJobRunStatus = z.enum(["RUNNING", "SUCCEEDED", "FAILED"]);

export const ZJobRunsInput = z.object({
  jobId: z.string().min(1).max(100).optional(),
  status: ZJobRunStatus.optional(),
  sort: z.enum(["asc", "desc"]).default("desc"),
  ...ZPage,
});
export type TJobRunsInput = z.infer<typeof ZJobRunsInput>;

export const ZOutboxInput = z.object({ ...ZPage }).default({ page: 1, pageSize: 25 });
export type TOutboxInput = z.infer<typeof ZOutboxInput>;

export const ZRunNowInput = z.object({
  jobId: z.string().min(1).max(100),
  payload: z.record(z.string(), z.unknown()).optional(),
});
export type TRunNowInput = z.infer<typeof ZRunNowInput>;

export const ZRetryDeadLetterInput = z.object({ eventId: z.string().min(1).max(100) });
export type TRetryDeadLetterInput = z.infer<typeof ZRetryDeadLetterInput>;

const ZRunSummary = z.object({
  id: z.string(),
  status: ZJobRunStatus,
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  durationMs: z.number().nullable(),
});

export const ZJobSummary = z.object({
  id: z.string(),
  description: z.string(),
  trigger: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("cron"), cron: z.string(), timezone: z.string() }),
    z.object({ kind: z.literal("event"), event: z.string() }),
  ]),
  retries: z.number(),
  lastRun: ZRunSummary.nullable(),
  nextRunAt: z.date().nullable(),
});
export const ZJobList = z.object({ engine: z.enum(["local", "inngest", "none"]), jobs: z.array(ZJobSummary) });

export const ZJobRun = ZRunSummary.extend({
  jobId: z.string(),
  engine: z.string(),
  trigger: z.string(),
  attempt: z.number(),
  payload: z.unknown(),
  result: z.unknown(),
  error: z.string().nullable(),
});
export const ZJobRunPage = z.object({ items: z.array(ZJobRun), total: z.number(), page: z.number(), pageSize: z.number() });

export const ZOutboxOverview = z.object({
  stats: z.object({
    pending: z.number(),
    due: z.number(),
    sent: z.number(),
    dead: z.number(),
    oldestPendingAt: z.date().nullable(),
    oldestPendingAgeMs: z.number().nullable(),
  }),
  deadLetters: z.object({
    items: z.array(z.object({ id: z.string(), hubId: z.string().nullable(), name: z.string(), attempts: z.number(), lastError: z.string().nullable(), createdAt: z.date(), payload: z.unknown() })),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  }),
});

export const ZRunNowResult = z.object({
  runId: z.string(),
  /** "enqueued": the engine will run it; "completed"/"failed": it ran in this request (no engine). */
  mode: z.enum(["enqueued", "completed", "failed"]),
  engine: z.enum(["local", "inngest", "manual"]),
  error: z.string().nullable(),
});
