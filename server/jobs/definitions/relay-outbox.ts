// events.relay: every minute, hands committed outbox events to the active engine.
import { z } from "zod";
import { relayOutbox } from "@/server/events";
import { defineJob } from "../define";
import { NonRetriableJobError } from "../errors";

export const relayOutboxJob = defineJob({
  id: "events.relay",
  description: "Publishes pending outbox events to the job engine (retries with backoff, dead-letters poison events).",
  trigger: { cron: "* * * * *" },
  payload: z.object({
    batchSize: z.number().int().min(1).max(1000).optional(),
    maxBatches: z.number().int().min(1).max(100).optional(),
  }),
  // The next tick retries anyway; per-event failures are handled inside the relay.
  retries: 1,
  // Overlapping ticks would only contend for the same rows (SKIP LOCKED keeps them correct).
  singleton: true,
  handler: async ({ payload, step, db, publish }) => {
    // Without an engine every delivery would fail and burn the events' attempts: refuse instead.
    if (!publish) throw new NonRetriableJobError("No job engine to publish to (JOBS_ENGINE=off or no engine running in this process)");
    return step.run("relay-outbox", () => relayOutbox(db, publish, payload));
  },
});
