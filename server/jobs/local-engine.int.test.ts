import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { inTransaction, type Db } from "@/lib/db";
import { emitEvent } from "@/server/events";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { countOrdersJob } from "@/server/testing/jobs";
import { defineJob, type AnyJob } from "./define";
import { relayOutboxJob } from "./definitions/relay-outbox";
import { startLocalJobEngine, type LocalJobEngine } from "./local-engine";
import { createLocalPublisher, deadLetterQueue } from "./local-queues";
import { createJobLogger } from "./logger";

let t: TestDatabase;
let db: Db;
let engine: LocalJobEngine;
const cronTicks: number[] = [];

const orderPlaced = countOrdersJob();

const alwaysFails = defineJob({
  id: "test.always-fails",
  description: "Fails every attempt",
  trigger: { event: "test/thing.broke" },
  payload: z.object({}),
  retries: 2,
  handler: async () => {
    throw new Error("downstream is down");
  },
});

const everyMinute = defineJob({
  id: "test.every-minute",
  description: "A cron job",
  trigger: { cron: "* * * * *", timezone: "Europe/Amsterdam" },
  payload: z.object({}),
  handler: async ({ step }) => step.run("tick", () => void cronTicks.push(Date.now())),
});

const testJobs: AnyJob[] = [relayOutboxJob, orderPlaced, alwaysFails, everyMinute];

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let startedAt = 0;
beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  startedAt = Date.now();
  engine = await startLocalJobEngine({
    connectionString: t.url,
    jobs: testJobs,
    db,
    logger: createJobLogger("jobs", "error"),
    register: false,
    pollingIntervalSeconds: 0.5,
    cronMonitorIntervalSeconds: 1,
    cronWorkerIntervalSeconds: 1,
    retryDelaySeconds: 1,
  });
});
afterAll(async () => {
  await engine?.stop();
  await t?.drop();
});

describe("local pg-boss engine", () => {
  it("creates a queue with retries and a dead-letter queue per job, and one schedule per cron job", async () => {
    expect(engine.jobCount).toBe(4);
    expect(engine.scheduleCount).toBe(2);
    const q = await engine.boss.getQueue("test.always-fails");
    expect(q).toMatchObject({ retryLimit: 2, retryBackoff: true, deadLetter: "test.always-fails__dead" });
    expect((await engine.boss.getQueue("events.relay"))?.policy).toBe("singleton");
    const schedules = await engine.boss.getSchedules();
    expect(schedules.map((s) => s.name).sort()).toEqual(["events.relay", "test.every-minute"]);
  });

  it("carries an outbox event end to end: emitEvent -> relay job -> pg-boss -> consumer, effect once", async () => {
    const eventId = await inTransaction(db, (tx) => emitEvent(tx, { name: "test/order.placed", key: "order-1", payload: { orderNo: 1 } }));
    const { runId: relayRunId } = await engine.runNow("events.relay", {});
    await until("the event to be sent", async () => (await db.outboxEvent.findUnique({ where: { id: eventId } }))?.status === "SENT");
    const run = await until("the consumer run", () => db.jobRun.findFirst({ where: { jobId: "test.count-orders", status: "SUCCEEDED" } }));
    expect(run).toMatchObject({ engine: "local", trigger: "event", attempt: 1, result: { applied: true }, payload: { orderNo: 1 } });
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    await until("the manual relay run", async () => (await db.jobRun.findUnique({ where: { id: relayRunId } }))?.status === "SUCCEEDED");
    expect(await db.auditLog.count({ where: { action: "test.order-counted", targetId: "1" } })).toBe(1);

    // Publishing the same event again while its job is still in pg-boss's table: ignored (job id = event id).
    const [event] = await db.outboxEvent.findMany({ where: { id: eventId } });
    const again = { id: eventId, name: event!.name, hubId: null, payload: { orderNo: 1 }, createdAt: event!.createdAt, attempt: 2 };
    await engine.publish([again]);
    expect(await engine.boss.getJobById("test.count-orders", eventId)).toMatchObject({ state: "completed" });
    // Once pg-boss has forgotten it (archived/deleted), a redelivery runs the job again, but onceForEvent keeps the effect single.
    await engine.boss.deleteJob("test.count-orders", eventId);
    await engine.publish([again]);
    await until("the redelivered run", async () => (await db.jobRun.count({ where: { jobId: "test.count-orders", status: "SUCCEEDED" } })) === 2);
    const runs = await db.jobRun.findMany({ where: { jobId: "test.count-orders" }, orderBy: { startedAt: "asc" } });
    expect(runs.map((r) => r.result)).toEqual([{ applied: true }, { applied: false }]);
    expect(await db.auditLog.count({ where: { action: "test.order-counted", targetId: "1" } })).toBe(1);
  });

  it("retries a failing job with backoff, records a FAILED run per attempt, then dead-letters it", async () => {
    await engine.publish([{ id: "6f1c1e0e-0000-5000-a000-000000000001", name: "test/thing.broke", hubId: null, payload: {}, createdAt: new Date(), attempt: 1 }]);
    const runs = await until("three failed attempts", async () => {
      const rows = await db.jobRun.findMany({ where: { jobId: "test.always-fails", status: "FAILED" }, orderBy: { attempt: "asc" } });
      return rows.length === 3 && rows;
    });
    expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(runs.every((r) => r.error?.includes("downstream is down"))).toBe(true);
    // Backoff: the second retry waited longer than the first.
    const gap = (a: Date, b: Date) => b.getTime() - a.getTime();
    expect(gap(runs[0]!.startedAt, runs[1]!.startedAt)).toBeGreaterThanOrEqual(900);
    expect(gap(runs[1]!.startedAt, runs[2]!.startedAt)).toBeGreaterThan(gap(runs[0]!.startedAt, runs[1]!.startedAt) * 0.9);
    const dead = await until("the dead letter", () => engine.boss.fetch<{ event: { id: string } }>(deadLetterQueue("test.always-fails")).then((jobs) => jobs[0]));
    expect(dead.data.event.id).toBe("6f1c1e0e-0000-5000-a000-000000000001");
  });

  it("does not retry an invalid payload: one FAILED run, straight to the dead-letter queue", async () => {
    const { runId } = await engine.runNow("test.count-orders", { orderNo: "not a number" });
    const run = await until("the failed run", async () => {
      const row = await db.jobRun.findUnique({ where: { id: runId } });
      return row?.status === "FAILED" && row;
    });
    expect(run.error).toContain("Invalid payload");
    const dead = await until("the dead letter", () => engine.boss.fetch<{ payload: unknown }>(deadLetterQueue("test.count-orders")).then((jobs) => jobs[0]));
    expect(dead.data.payload).toEqual({ orderNo: "not a number" });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await db.jobRun.count({ where: { jobId: "test.count-orders", status: "FAILED" } })).toBe(1);
  });

  it("lets a send-only publisher in another process (the CLI) feed the running engine", async () => {
    const cli = await createLocalPublisher({ connectionString: t.url, jobs: testJobs });
    try {
      await cli.publish([{ id: "6f1c1e0e-0000-5000-a000-0000000000c1", name: "test/order.placed", hubId: null, payload: { orderNo: 42 }, createdAt: new Date(), attempt: 1 }]);
    } finally {
      await cli.stop();
    }
    await until("the consumer run", () => db.jobRun.findFirst({ where: { jobId: "test.count-orders", payload: { equals: { orderNo: 42 } }, status: "SUCCEEDED" } }));
    expect(await db.auditLog.count({ where: { action: "test.order-counted", targetId: "42" } })).toBe(1);
  });

  it("fires a cron job on its schedule", async () => {
    const run = await until("a cron run", () => db.jobRun.findFirst({ where: { jobId: "test.every-minute", trigger: "cron", status: "SUCCEEDED" } }), 75_000);
    expect(run.engine).toBe("local");
    expect(cronTicks.length).toBeGreaterThanOrEqual(1);
    console.info(`cron job first fired ${((run.startedAt.getTime() - startedAt) / 1000).toFixed(1)} s after the engine started`);
  }, 90_000);
});
