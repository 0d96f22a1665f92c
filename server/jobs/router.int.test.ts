import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { makeHub, makeUser } from "@/server/testing/factories";
import { createCallerFactory, createTRPCContext } from "../trpc";
import { jobs as registry } from "./registry";
import { jobsRouter } from "./router";

let t: TestDatabase;
let db: Db;
const callerFor = (who: { userId: string; membershipId: string }) => createCallerFactory(jobsRouter)(createTRPCContext({ db, session: who }));
let dev: ReturnType<typeof callerFor>;
let consumer: ReturnType<typeof callerFor>;
let hubId: string;
let otherHubId: string;
const DAY = 24 * 60 * 60_000;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  const hub = await makeHub(db);
  hubId = hub.id;
  otherHubId = (await makeHub(db)).id;
  const d = await makeUser(db, hub.id, "DEVELOPER");
  const c = await makeUser(db, hub.id, "CONSUMER");
  dev = callerFor({ userId: d.user.id, membershipId: d.membership.id });
  consumer = callerFor({ userId: c.user.id, membershipId: c.membership.id });
});
afterAll(async () => t?.drop());

describe("jobs router", () => {
  it("is closed to roles without jobs:read / jobs:run", async () => {
    await expect(consumer.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(consumer.runNow({ jobId: "events.relay" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(consumer.retryDeadLetter({ eventId: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists the registered jobs with their triggers (no engine in this process: no next run)", async () => {
    const { engine, jobs } = await dev.list();
    expect(engine).toBe("none");
    expect(jobs.map((j) => j.id)).toEqual([
      "events.relay", "maintenance.purge-sign-in-attempts", "inventory.expiry-scan",
      ...registry.slice(3).map((j) => j.id),
    ]);
    expect(jobs.map((j) => j.id)).toEqual(expect.arrayContaining(["commerce.renew-subscriptions", "commerce.confirm-at-cutoff", "payments.capture", "demand.refresh-pools", "demand.close-pools", "demand.forecast", "planning.plan-week", "planning.replan-week", "planning.crop-programs"]));
    expect(jobs[1]).toMatchObject({ trigger: { kind: "cron", cron: "0 3 * * *", timezone: "Europe/Amsterdam" }, nextRunAt: null });
  });

  it("runs a job now in-process when no engine runs, records the run and audits the request", async () => {
    const now = Date.now();
    await db.signInAttempt.createMany({
      data: [
        { email: "a@x.test", ip: "198.51.100.1", success: false, createdAt: new Date(now - 40 * DAY) },
        { email: "b@x.test", ip: "198.51.100.1", success: true, createdAt: new Date(now - 31 * DAY) },
        { email: "c@x.test", ip: "198.51.100.1", success: true, createdAt: new Date(now - 2 * DAY) },
      ],
    });
    const out = await dev.runNow({ jobId: "maintenance.purge-sign-in-attempts" });
    expect(out).toMatchObject({ mode: "completed", engine: "manual", error: null });
    expect(await db.signInAttempt.count()).toBe(1);
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: out.runId } })).toMatchObject({ status: "SUCCEEDED", engine: "manual", trigger: "manual", result: { deleted: 2 } });
    expect(await db.auditLog.count({ where: { action: "jobs.run-requested", targetId: "maintenance.purge-sign-in-attempts" } })).toBe(1);

    const listed = await dev.list();
    expect(listed.jobs[1]!.lastRun).toMatchObject({ id: out.runId, status: "SUCCEEDED" });
  });

  it("rejects a payload that does not fit the job, field by field, without recording a run", async () => {
    const before = await db.jobRun.count();
    await expect(dev.runNow({ jobId: "maintenance.purge-sign-in-attempts", payload: { olderThanDays: 0 } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "VALIDATION", fieldErrors: { "payload.olderThanDays": expect.any(Array) } },
    });
    await expect(dev.runNow({ jobId: "no.such-job" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.jobRun.count()).toBe(before);
  });

  it("reports a failed in-process run (the relay has no engine to publish to) with its run id", async () => {
    await db.outboxEvent.create({ data: { id: "evt-pending-1", name: "test/thing.happened", payload: {} } });
    const out = await dev.runNow({ jobId: "events.relay" });
    expect(out).toMatchObject({ mode: "failed", engine: "manual" });
    expect(out.error).toContain("No job engine");
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: out.runId } })).toMatchObject({ status: "FAILED" });
    // The relay refused before claiming anything: the event keeps its full attempt budget.
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: "evt-pending-1" } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("pages and filters runs", async () => {
    const page = await dev.runs({ jobId: "maintenance.purge-sign-in-attempts", status: "SUCCEEDED", page: 1, pageSize: 10, sort: "desc" });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ jobId: "maintenance.purge-sign-in-attempts", status: "SUCCEEDED" });
    const all = await dev.runs({ page: 1, pageSize: 1, sort: "asc" });
    expect(all.items).toHaveLength(1);
    expect(all.total).toBeGreaterThanOrEqual(2);
  });

  it("shows outbox stats and the dead letters of the actor's hub (and hub-less ones), and retries them", async () => {
    const dead = (id: string, hub: string | null) => ({ id, hubId: hub, name: "test/thing.happened", payload: {}, status: "DEAD" as const, attempts: 8, lastError: "boom" });
    await db.outboxEvent.createMany({ data: [dead("dead-mine", hubId), dead("dead-system", null), dead("dead-other", otherHubId)] });

    const overview = await dev.outbox({ page: 1, pageSize: 10 });
    expect(overview.stats).toMatchObject({ dead: 3, pending: 1 });
    expect(overview.deadLetters.items.map((d) => d.id).sort()).toEqual(["dead-mine", "dead-system"]);

    await expect(dev.retryDeadLetter({ eventId: "dead-other" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await dev.retryDeadLetter({ eventId: "dead-mine" })).toEqual({ id: "dead-mine", status: "PENDING" });
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: "dead-mine" } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await db.auditLog.count({ where: { action: "events.dead-letter-retried", targetId: "dead-mine" } })).toBe(1);
  });
});
