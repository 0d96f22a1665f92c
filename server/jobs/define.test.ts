import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cronJobs, defineJob, jobsForEvent } from "./define";
import { createLocalStep } from "./local-step";
import { jobs } from "./registry";

const noop = async () => null;

describe("defineJob", () => {
  it("fills defaults and rejects malformed ids, event names, crons and retry counts", () => {
    const job = defineJob({ id: "a.b", description: "", trigger: { event: "shop/order.placed" }, payload: z.object({}), handler: noop });
    expect(job).toMatchObject({ retries: 3, singleton: false });
    expect(() => defineJob({ id: "NoDots", description: "", trigger: { cron: "* * * * *" }, payload: z.object({}), handler: noop })).toThrow(/domain.action/);
    expect(() => defineJob({ id: "a.b", description: "", trigger: { event: "OrderPlaced" }, payload: z.object({}), handler: noop })).toThrow(/domain\/noun/);
    expect(() => defineJob({ id: "a.b", description: "", trigger: { cron: "* * *" }, payload: z.object({}), handler: noop })).toThrow(/5 fields/);
    expect(() => defineJob({ id: "a.b", description: "", trigger: { cron: "* * * * *" }, payload: z.object({}), retries: 21, handler: noop })).toThrow(/retries/);
  });

  it("selects jobs by event name and by cron trigger; the registry has unique ids", () => {
    const onOrder = defineJob({ id: "x.on-order", description: "", trigger: { event: "shop/order.placed" }, payload: z.object({}), handler: noop });
    expect(jobsForEvent([onOrder, ...jobs], "shop/order.placed")).toEqual([onOrder]);
    expect(cronJobs([onOrder, ...jobs]).map((j) => j.id).sort()).toEqual([
      "commerce.confirm-at-cutoff",
      "commerce.generate-slots",
      "commerce.renew-subscriptions",
      "demand.close-pools",
      "demand.forecast",
      "demand.refresh-pools",
      "events.relay",
      "inventory.expiry-scan",
      "maintenance.purge-sign-in-attempts",
      "payments.cancel-unpaid",
    ]);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(jobs.length);
  });
});

describe("createLocalStep", () => {
  it("runs steps at once, records them and returns JSON like Inngest would", async () => {
    const step = createLocalStep();
    const out = await step.run("load", () => ({ at: new Date("2026-01-01T00:00:00Z"), n: 1 }));
    expect(out).toEqual({ at: "2026-01-01T00:00:00.000Z", n: 1 });
    await expect(step.run("boom", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(step.records.map((r) => [r.id, r.ok])).toEqual([["load", true], ["boom", false]]);
  });
});
