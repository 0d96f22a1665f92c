import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { buildInngestFunction } from "@/inngest/functions";
import { defineJob, type AnyJob } from "./define";
import { bossJobIdFor, createLocalPublisher } from "./local-queues";

const SECONDS = 3600;
const debounced = defineJob({
  id: "test.debounced",
  description: "Collapses bursts per hub and week",
  trigger: { event: "test/capacity.changed" },
  payload: z.object({ hubId: z.string(), isoWeek: z.string() }).loose(),
  concurrencyKey: "hubId",
  debounce: { key: "hubId,isoWeek", seconds: SECONDS },
  handler: async () => null,
});
const plain = defineJob({ id: "test.plain", description: "Not debounced", trigger: { event: "test/capacity.changed" }, payload: z.object({}).loose(), handler: async () => null });
const testJobs: AnyJob[] = [debounced, plain];

let t: TestDatabase;
let db: Db;
let publisher: Awaited<ReturnType<typeof createLocalPublisher>>;
beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  publisher = await createLocalPublisher({ connectionString: t.url, jobs: testJobs });
});
afterAll(async () => {
  await publisher?.stop();
  await t?.drop();
});

const queued = (name: string) => db.$queryRawUnsafe<{ id: string; singleton_key: string; start_after: Date }[]>(`SELECT id::text, singleton_key, start_after FROM pgboss.job WHERE name = $1 ORDER BY start_after`, name);

describe("debounce on the local engine (pg-boss sendDebounced)", () => {
  it("runs the first event of a hub-week at once and collapses the rest of the burst into one run in the next window", async () => {
    // Stay clear of a window boundary so the whole burst falls in one window.
    const intoWindow = (Date.now() / 1000) % SECONDS;
    if (intoWindow > SECONDS - 10) await new Promise((r) => setTimeout(r, (SECONDS - intoWindow + 1) * 1000));
    const event = (n: number, isoWeek: string) => ({ id: `evt-cap-${n}`, name: "test/capacity.changed", hubId: "h1", payload: { hubId: "h1", isoWeek, clusterId: `c${n}` }, createdAt: new Date(), attempt: 1 });
    await publisher.publish([1, 2, 3, 4, 5].map((n) => event(n, "2026-W49")));
    await publisher.publish([event(6, "2026-W50")]);

    const jobs = await queued("test.debounced");
    const w49 = jobs.filter((j) => j.singleton_key === "test.debounced:h1|2026-W49");
    expect(w49.map((j) => j.id)).toEqual([bossJobIdFor("evt-cap-1"), bossJobIdFor("evt-cap-2")]);
    expect(w49[1]!.start_after.getTime()).toBeGreaterThan(Date.now());
    expect(jobs.filter((j) => j.singleton_key === "test.debounced:h1|2026-W50")).toHaveLength(1);
    // A job without debounce gets every event.
    expect(await queued("test.plain")).toHaveLength(6);
    // Re-publishing an event already queued adds nothing.
    await publisher.publish([event(6, "2026-W50")]);
    expect(await queued("test.debounced")).toHaveLength(3);
  });
});

describe("debounce on Inngest", () => {
  it("maps to the function's debounce: key per hub and week (each run-now request on its own), period in seconds", () => {
    const client = new Inngest({ id: "furrow-test", isDev: false, eventKey: "test" });
    const fn = buildInngestFunction(client, debounced, { db: () => db, publish: async () => {} });
    expect(fn.opts).toMatchObject({
      concurrency: { limit: 1, key: "event.data.hubId" },
      debounce: { key: 'has(event.data.runId) ? event.data.runId : event.data.hubId + "|" + event.data.isoWeek', period: `${SECONDS}s` },
    });
    expect(buildInngestFunction(client, plain, { db: () => db, publish: async () => {} }).opts.debounce).toBeUndefined();
  });
});
