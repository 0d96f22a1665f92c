// The engine running in this process, for "run now" from the UI. Kept on globalThis because Next.js
// bundles instrumentation.ts and route handlers separately (a module variable would not be shared).
// Only a convenience: correctness lives in the database, never in this handle.
import type { PublishFn } from "@/server/events";

export type JobEngineHandle = {
  name: "local" | "inngest";
  /** Enqueues one run of the job; the returned id is the JobRun id the run will record. */
  runNow(jobId: string, payload?: unknown): Promise<{ runId: string }>;
  publish: PublishFn;
  stop(): Promise<void>;
};

const slot = globalThis as unknown as { furrowJobEngine?: JobEngineHandle };

/** Makes `engine` the process's active engine (or clears it with null). */
export function setActiveEngine(engine: JobEngineHandle | null): void {
  if (engine) slot.furrowJobEngine = engine;
  else delete slot.furrowJobEngine;
}

/** The engine started in this process, if any. */
export function getActiveEngine(): JobEngineHandle | undefined {
  return slot.furrowJobEngine;
}
