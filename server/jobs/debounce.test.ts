import { describe, expect, it } from "vitest";
import { z } from "zod";
import { debounceFields, debounceKeyFor, defineJob } from "./define";
import { findJob } from "./registry";

const noop = async () => null;

describe("debounced jobs", () => {
  it("accept only event triggers, payload field keys and 1..3600 seconds", () => {
    const job = defineJob({ id: "a.b", description: "", trigger: { event: "x/y.changed" }, payload: z.object({}), debounce: { key: "hubId, isoWeek", seconds: 60 }, handler: noop });
    expect(debounceFields(job.debounce!)).toEqual(["hubId", "isoWeek"]);
    expect(() => defineJob({ id: "a.b", description: "", trigger: { cron: "* * * * *" }, payload: z.object({}), debounce: { key: "hubId", seconds: 60 }, handler: noop })).toThrow(/event jobs/);
    expect(() => defineJob({ id: "a.b", description: "", trigger: { event: "x/y.changed" }, payload: z.object({}), debounce: { key: " , ", seconds: 60 }, handler: noop })).toThrow(/payload fields/);
    expect(() => defineJob({ id: "a.b", description: "", trigger: { event: "x/y.changed" }, payload: z.object({}), debounce: { key: "hubId", seconds: 0 }, handler: noop })).toThrow(/1..3600/);
  });

  it("group payloads by the key fields' values, per job", () => {
    const job = { id: "planning.replan-week", debounce: { key: "hubId,isoWeek", seconds: 120 } };
    expect(debounceKeyFor(job, { hubId: "h1", isoWeek: "2026-W49", clusterId: "c1" })).toBe("planning.replan-week:h1|2026-W49");
    expect(debounceKeyFor(job, { hubId: "h1", isoWeek: "2026-W49", clusterId: "c2" })).toBe(debounceKeyFor(job, { hubId: "h1", isoWeek: "2026-W49" }));
    expect(debounceKeyFor({ id: "x.y" }, { hubId: "h1" })).toBeUndefined();
  });

  it("the re-plan job is debounced per hub and week; planning jobs are serialised per hub", () => {
    expect(findJob("planning.replan-week")).toMatchObject({ trigger: { event: "supply/capacity.changed" }, concurrencyKey: "hubId", debounce: { key: "hubId,isoWeek" } });
    expect(findJob("planning.plan-week")).toMatchObject({ trigger: { event: "demand/pool.closed" }, concurrencyKey: "hubId" });
    expect(findJob("planning.plan-week")!.debounce).toBeUndefined();
  });
});
