// The Inngest side of "run now": a run request is an event every job's function also listens to
// (filtered on jobId), carrying the JobRun id the run will record.
import { randomUUID } from "node:crypto";
import type { Inngest } from "inngest";
import { JOB_RUN_REQUESTED, UnknownJobError, type AnyJob, type JobEngineHandle } from "@/server/jobs";
import { inngestPublisher } from "./publish";

/** An engine handle that enqueues runs and publishes events through Inngest. */
export function createInngestEngine(client: Inngest.Any, jobs: readonly AnyJob[]): JobEngineHandle {
  return {
    name: "inngest",
    publish: inngestPublisher(client),
    async runNow(jobId, payload) {
      if (!jobs.some((j) => j.id === jobId)) throw new UnknownJobError(jobId);
      const runId = randomUUID();
      await client.send({ id: runId, name: JOB_RUN_REQUESTED, data: { jobId, runId, payload: payload ?? {} } });
      return { runId };
    },
    async stop() {},
  };
}
