// Runs one job once from the command line, through the same runner as the engines (engine "cli").
//   npm run job -- <job-id> [--payload '{"k":1}']
//   npm run job -- --list
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db";
import { jobsEngine, requireDatabaseUrl } from "@/lib/env";
import type { PublishFn } from "@/server/events";
import { createJobLogger, findJob, jobs, nextRunAt, runJob } from "@/server/jobs";

type Publisher = { publish: PublishFn; stop: () => Promise<void> };

/** The relay publishes to whichever engine this deployment uses; created only when needed. */
async function publisherFor(engine: ReturnType<typeof jobsEngine>, connectionString: string): Promise<Publisher | undefined> {
  if (engine === "inngest") {
    const [{ inngest }, { inngestPublisher }] = await Promise.all([import("@/inngest/client"), import("@/inngest/publish")]);
    return { publish: inngestPublisher(inngest), stop: async () => {} };
  }
  if (engine === "local") {
    const { createLocalPublisher } = await import("@/server/jobs/local-queues");
    return createLocalPublisher({ connectionString, jobs });
  }
  return undefined;
}

function listJobs() {
  for (const job of jobs) {
    const trigger = "cron" in job.trigger ? `cron "${job.trigger.cron}" ${job.trigger.timezone ?? "UTC"}` : `event ${job.trigger.event}`;
    const next = nextRunAt(job.trigger);
    console.log(`${job.id.padEnd(40)} ${trigger.padEnd(40)} ${next ? `next ${next.toISOString()}  ` : ""}${job.description}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: "boolean" }, payload: { type: "string" } } });
  if (values.list) return listJobs(), 0;
  const jobId = positionals[0];
  const job = jobId ? findJob(jobId) : undefined;
  if (!job) {
    console.error(jobId ? `Unknown job "${jobId}". Try --list.` : "Usage: npm run job -- <job-id> [--payload '{...}'] | --list");
    return 2;
  }
  let payload: Record<string, unknown> = {};
  try {
    payload = values.payload ? (JSON.parse(values.payload) as Record<string, unknown>) : {};
  } catch {
    console.error("--payload must be JSON");
    return 2;
  }

  const url = requireDatabaseUrl();
  const db = createDb(url, 2);
  const engine = jobsEngine();
  let publisher: Publisher | undefined;
  const publish: PublishFn | undefined =
    engine === "off"
      ? undefined
      : async (events) => {
          publisher ??= await publisherFor(engine, url);
          await publisher!.publish(events);
        };
  const event = "event" in job.trigger ? { id: randomUUID(), name: job.trigger.event, hubId: null, payload } : undefined;
  try {
    const { runId, result } = await runJob(job, { db, engine: "cli", trigger: "manual", payload, event, publish, logger: createJobLogger(`job:${job.id}`, "info") });
    console.log(JSON.stringify({ job: job.id, runId, status: "SUCCEEDED", result }, null, 2));
    return 0;
  } catch (error) {
    console.error(`${job.id} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await publisher?.stop();
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
