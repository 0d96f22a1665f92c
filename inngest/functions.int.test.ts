import { createHash } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { inTransaction, type Db } from "@/lib/db";
import { emitEvent } from "@/server/events";
import { defineJob, JOB_RUN_REQUESTED, jobs } from "@/server/jobs";
import { relayOutboxJob } from "@/server/jobs/definitions/relay-outbox";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { countOrdersJob } from "@/server/testing/jobs";
import { buildInngestFunction, functions } from "./functions";
import { inngestPublisher } from "./publish";

let t: TestDatabase;
let db: Db;
beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
});
afterAll(async () => t?.drop());

/** @inngest/test keys step state by the SHA-1 of the step id. */
const stepState = (state: Record<string, Promise<unknown>>, id: string) => state[createHash("sha1").update(id).digest("hex")];

/** A real Inngest client whose HTTP calls land in `sent` instead of Inngest Cloud. */
function recordingClient() {
  const sent: { id: string; name: string; data: unknown }[] = [];
  const client = new Inngest({
    id: "furrow-test",
    isDev: false,
    eventKey: "test-event-key",
    fetch: (async (_url: string, init: { body: string }) => {
      const batch = JSON.parse(init.body) as { id: string; name: string; data: unknown }[];
      sent.push(...batch.map(({ id, name, data }) => ({ id, name, data })));
      return new Response(JSON.stringify({ ids: batch.map((e) => e.id), status: 200 }), { status: 200 });
    }) as unknown as typeof fetch,
  });
  return { client, sent };
}

const countOrders = countOrdersJob({ retries: 4, concurrencyKey: "hubId" });

const flaky = defineJob({
  id: "test.flaky",
  description: "A step that fails",
  trigger: { event: "test/thing.broke" },
  payload: z.object({}),
  retries: 5,
  handler: async ({ step }) => step.run("call-downstream", async () => {
    throw new Error("downstream is down");
  }),
});

describe("Inngest functions built from job definitions", () => {
  it("builds one function per registered job, with triggers, retries and concurrency from the definition", () => {
    expect(functions.map((f) => f.id())).toEqual(jobs.map((j) => j.id.replaceAll(".", "-")));
    const [relay, purge] = functions;
    expect(relay!.opts).toMatchObject({ retries: 1, concurrency: { limit: 1 }, triggers: [{ cron: "* * * * *" }, { event: JOB_RUN_REQUESTED, if: 'event.data.jobId == "events.relay"' }] });
    expect(purge!.opts.triggers).toContainEqual({ cron: "TZ=Europe/Amsterdam 0 3 * * *" });
    const consumer = buildInngestFunction(recordingClient().client, countOrders, { db: () => db, publish: async () => {} });
    expect(consumer.opts).toMatchObject({ retries: 4, concurrency: { limit: 1, key: "event.data.hubId" }, triggers: [{ event: "test/order.placed" }, expect.anything()] });
  });

  it("runs an event-triggered job through its steps, records the JobRun, and applies the effect once per event id", async () => {
    const fn = buildInngestFunction(recordingClient().client, countOrders, { db: () => db, publish: async () => {} });
    const engine = new InngestTestEngine({ function: fn });
    const event = { id: "evt-order-7", name: "test/order.placed", data: { orderNo: 7, hubId: "hub-1" } };

    const first = await engine.execute({ events: [event] });
    expect(first.error).toBeUndefined();
    expect(first.result).toMatchObject({ result: { applied: true } });
    expect(first.ctx.step.run).toHaveBeenCalledWith("apply", expect.any(Function));
    await expect(stepState(first.state, "apply")).resolves.toEqual({ applied: true });
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: first.ctx.runId } });
    expect(run).toMatchObject({ jobId: "test.count-orders", engine: "inngest", trigger: "event", status: "SUCCEEDED", attempt: 1, result: { applied: true } });

    // Executing again on the same test engine replays the memoized step state, as Inngest does when it
    // re-enters a run after each step or on a retry: the step is not run again.
    const reentered = await engine.execute({ events: [event] });
    expect(reentered.result).toMatchObject({ result: { applied: true } });
    expect(await db.auditLog.count({ where: { action: "test.order-counted", targetId: "7" } })).toBe(1);

    // A new run for the same event (a redelivery past Inngest's 24 h id dedupe): onceForEvent prevents a second effect.
    const redelivered = await new InngestTestEngine({ function: fn }).execute({ events: [event] });
    expect(redelivered.result).toMatchObject({ result: { applied: false } });
    expect(await db.auditLog.count({ where: { action: "test.order-counted", targetId: "7" } })).toBe(1);
  });

  it("relays the outbox on its cron trigger, sending each event to Inngest with its outbox id", async () => {
    const ids = await inTransaction(db, async (tx) => [
      await emitEvent(tx, { name: "test/order.placed", key: "o1", hubId: null, payload: { orderNo: 1 } }),
      await emitEvent(tx, { name: "test/order.placed", key: "o2", hubId: null, payload: { orderNo: 2 } }),
    ]);
    const { client, sent } = recordingClient();
    const fn = buildInngestFunction(client, relayOutboxJob, { db: () => db, publish: inngestPublisher(client) });
    const engine = new InngestTestEngine({ function: fn });
    const out = await engine.execute({ events: [{ name: "inngest/scheduled.timer", data: { cron: "* * * * *" } }] });
    expect(out.error).toBeUndefined();
    await expect(stepState(out.state, "relay-outbox")).resolves.toMatchObject({ claimed: 2, sent: 2 });
    expect(sent).toEqual([
      { id: ids[0], name: "test/order.placed", data: { orderNo: 1 } },
      { id: ids[1], name: "test/order.placed", data: { orderNo: 2 } },
    ]);
    expect(await db.outboxEvent.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(2);
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: out.ctx.runId } })).toMatchObject({ trigger: "cron", status: "SUCCEEDED" });

    // The next tick has nothing to send.
    await engine.execute({ events: [{ name: "inngest/scheduled.timer", data: { cron: "* * * * *" } }] });
    expect(sent).toHaveLength(2);
  });

  it("answers a run request with the requested JobRun id (trigger manual)", async () => {
    const fn = buildInngestFunction(recordingClient().client, countOrders, { db: () => db, publish: async () => {} });
    const out = await new InngestTestEngine({ function: fn }).execute({
      events: [{ id: "run-req-1", name: JOB_RUN_REQUESTED, data: { jobId: "test.count-orders", runId: "run-req-1", payload: { orderNo: 8 } } }],
    });
    expect(out.result).toMatchObject({ runId: "run-req-1", result: { applied: true } });
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: "run-req-1" } })).toMatchObject({ trigger: "manual", status: "SUCCEEDED", payload: { orderNo: 8 } });
  });

  it("stops retrying an invalid payload (NonRetriableError) and records the FAILED run", async () => {
    const fn = buildInngestFunction(recordingClient().client, countOrders, { db: () => db, publish: async () => {} });
    const out = await new InngestTestEngine({ function: fn }).execute({ events: [{ id: "evt-bad", name: "test/order.placed", data: { orderNo: "seven" } }] });
    expect(out.error).toMatchObject({ name: "NonRetriableError" });
    expect((out.error as { message: string }).message).toContain("Invalid payload");
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: out.ctx.runId } })).toMatchObject({ status: "FAILED" });
  });

  it("leaves a failing step to Inngest's retries (a plain, retriable error; retries from the definition)", async () => {
    const fn = buildInngestFunction(recordingClient().client, flaky, { db: () => db, publish: async () => {} });
    expect(fn.opts.retries).toBe(5);
    const out = await new InngestTestEngine({ function: fn }).execute({ events: [{ id: "evt-broke", name: "test/thing.broke", data: {} }] });
    expect(out.error).toMatchObject({ name: "Error", message: "downstream is down" });
    expect(out.ctx.step.run).toHaveBeenCalledWith("call-downstream", expect.any(Function));
    // The step is retried by Inngest, so the run is not over: it stays RUNNING until a final attempt.
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: out.ctx.runId } })).toMatchObject({ status: "RUNNING", attempt: 1 });
  });
});
