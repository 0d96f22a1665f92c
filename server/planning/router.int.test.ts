import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { addWeeks } from "@/lib/iso-week";
import { runJob } from "../jobs/run";
import { findJob } from "../jobs/registry";
import { callerAs } from "../testing/caller";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeUser } from "../testing/factories";
import { fieldErrorsFrom } from "../testing/errors";
import { acknowledgeWorkPackage, cropProgramsOfCluster } from "./index";
import { planWorld, type PlanWorld } from "./testing";

const WEEK = "2026-W49";
let t: TestDatabase;
let db: Db;
let w: PlanWorld;
let planner: ReturnType<typeof callerAs>;
let grower: ReturnType<typeof callerAs>;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  w = await planWorld(db, { isoWeek: WEEK });
  const p = await makeUser(db, w.hub.id, "PLANNER");
  planner = callerAs(db, { userId: p.user.id, membershipId: p.membership.id });
  const g = await makeUser(db, w.hub.id, "GROWER", { organisationId: w.farms[0]!.id });
  grower = callerAs(db, { userId: g.user.id, membershipId: g.membership.id });
});
afterAll(async () => t?.drop());

describe("planning router", () => {
  let runId: string;

  it("runs a plan for the planner's hub and lists it with its figures; growers may not", async () => {
    await expect(grower.planning.runPlan({ isoWeek: WEEK })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(grower.planning.runs({ isoWeek: WEEK })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const bad = await planner.planning.runPlan({ isoWeek: "2026-49" }).catch((e: unknown) => e);
    expect(fieldErrorsFrom(bad)).toHaveProperty("isoWeek");
    await expect(planner.planning.runPlan({ isoWeek: WEEK, kind: "REPLAN" })).rejects.toMatchObject({ code: "CONFLICT" });

    const out = await planner.planning.runPlan({ isoWeek: WEEK });
    expect(out).toMatchObject({ status: "SOLVED", reused: false });
    runId = out.runId;
    const runs = await planner.planning.runs({ isoWeek: WEEK });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id: runId, kind: "WEEK", status: "SOLVED", solverStatus: "OPTIMAL", progress: 100, demandUnits: 528, trigger: "planner" });
    expect(runs[0]!.objectiveMinor).toBeGreaterThan(0);
    expect(runs[0]!.counts.allocations).toBeGreaterThan(0);
    expect(await planner.planning.run({ runId })).toMatchObject({ id: runId });
  });

  it("shows the allocation matrix: SKU x zone rows, cluster columns, demand = allocated + short", async () => {
    const m = await planner.planning.allocationMatrix({ runId });
    expect(m.clusters.map((c) => c.code)).toEqual(["CL-EAST", "CL-NORTH", "CL-SOUTH"]);
    expect(m.rows).toHaveLength(20);
    expect(m.rows[0]).toMatchObject({ skuCode: "VEG-0", zoneCode: "Z0", skuName: "Veg 0, 1 kg box" });
    for (const r of m.rows) expect(r.allocatedUnits + r.shortageUnits).toBe(r.demandUnits);
    expect(m.demandUnits).toBe(528);
    expect(m.clusters.reduce((s, c) => s + c.allocatedUnits, 0)).toBe(m.allocatedUnits);
  });

  it("shows capacity against demand per cluster, for a run and for a week not planned yet", async () => {
    const view = await planner.planning.capacityVsDemand({ runId });
    const north = view.clusters.find((c) => c.code === "CL-NORTH")!;
    expect(north.skus.map((s) => s.skuCode)).toEqual(["VEG-0", "VEG-1", "VEG-3", "VEG-4"]);
    expect(north.skus.every((s) => s.allocatedUnits + s.surplusUnits <= s.upperUnits)).toBe(true);
    expect(north.capacityUnits).toBe(30 + 70 + 120 + 100);
    const south = view.clusters.find((c) => c.code === "CL-SOUTH")!;
    // South declared no capacity for VEG-4: its contract maximum is the bound.
    expect(south.skus.find((s) => s.skuCode === "VEG-4")).toMatchObject({ capacityUnits: null, upperUnits: 100, contractMaxUnits: 100 });
    const live = await planner.planning.capacityVsDemand({ isoWeek: WEEK });
    expect(live).toMatchObject({ runId: null, demandUnits: 528 });
    expect(live.clusters.every((c) => c.allocatedUnits === 0)).toBe(true);
    await expect(planner.planning.capacityVsDemand({})).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("lists work packages by cluster and farm; growers see them once the plan is published and can acknowledge them", async () => {
    const all = await planner.planning.workPackages({ runId });
    const farm = w.farms[0]!;
    const mine = await planner.planning.workPackages({ runId, farmId: farm.id });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => p.farmId === farm.id && p.clusterId === farm.clusterId)).toBe(true);
    expect((await planner.planning.workPackages({ runId, clusterId: farm.clusterId })).length).toBeLessThan(all.length);
    expect(mine[0]).toMatchObject({ farmName: "Farm north 0", clusterName: "Cluster north", status: "ISSUED" });
    expect(mine[0]!.harvestDate).toMatch(/^2026-1[12]-\d\d$/);

    await expect(acknowledgeWorkPackage(db, { hubId: w.hub.id, workPackageId: mine[0]!.id, farmIds: [farm.id] })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await planner.planning.publish({ runId })).toMatchObject({ status: "PUBLISHED" });
    await expect(acknowledgeWorkPackage(db, { hubId: w.hub.id, workPackageId: mine[0]!.id, farmIds: ["someone-else"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await acknowledgeWorkPackage(db, { hubId: w.hub.id, workPackageId: mine[0]!.id, farmIds: [farm.id] })).toEqual({ id: mine[0]!.id, status: "ACKNOWLEDGED" });
    await expect(planner.planning.publish({ runId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("re-plans with the same inputs as a no-op and keeps acknowledged packages when the new plan asks the same", async () => {
    // Forced: a re-plan of an unchanged week keeps every allocation (moving costs), so packages match.
    const out = await planner.planning.runPlan({ isoWeek: WEEK, kind: "REPLAN", force: true });
    const run = await planner.planning.run({ runId: out.runId });
    expect(run).toMatchObject({ kind: "REPLAN", movedUnits: 0, previousRunId: runId });
    await planner.planning.publish({ runId: out.runId });
    expect(await db.workPackage.count({ where: { planRunId: out.runId, status: "ACKNOWLEDGED" } })).toBe(1);
  });

  it("computes 12 weeks of crop programs from the forecast: p50 planned, p90 above it", async () => {
    const fromWeek = addWeeks(WEEK, 1);
    expect(await planner.planning.cropPrograms()).toEqual({ run: null, weeks: [], rows: [] });
    await expect(planner.planning.runCropPrograms({ fromWeek })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("No forecast") });
    const run = await db.forecastRun.create({ data: { hubId: w.hub.id, asOfWeek: WEEK, status: "SUCCEEDED", finishedAt: new Date() } });
    const rows = [];
    for (let h = 1; h <= 12; h++) {
      for (const [s, sku] of w.skus.entries()) {
        for (const zone of w.zones.slice(0, 2)) rows.push({ runId: run.id, hubId: w.hub.id, skuId: sku.id, zoneId: zone.id, isoWeek: addWeeks(WEEK, h), horizon: h, method: "SEASONAL_NAIVE" as const, p10: 5, p50: 10 + s + h, p90: 20 + 2 * s + h, confidence: 0.7 });
      }
    }
    await db.forecast.createMany({ data: rows });
    const out = await planner.planning.runCropPrograms({ fromWeek });
    expect(out.rows).toBeGreaterThan(0);
    const view = await planner.planning.cropPrograms();
    expect(view.run).toMatchObject({ id: out.runId, isoWeek: fromWeek, status: "SOLVED" });
    expect(view.weeks).toHaveLength(12);
    expect(view.rows.every((r) => r.p90Units >= r.p50Units && r.plannedUnits >= r.p50Units)).toBe(true);
    // Per SKU and week, the clusters' p50 shares add up to the forecast p50 where supply suffices (VEG-3: plenty).
    const veg3 = view.rows.filter((r) => r.skuCode === "VEG-3" && r.isoWeek === fromWeek);
    expect(veg3.reduce((s, r) => s + r.p50Units, 0)).toBe(2 * (10 + 3 + 1));
    expect(await planner.planning.runCropPrograms({ fromWeek })).toMatchObject({ runId: out.runId, reused: true });
    const north = await cropProgramsOfCluster(db, { hubId: w.hub.id, clusterId: w.clusters[0]!.id });
    expect(north.rows.length).toBeGreaterThan(0);
    expect(north.rows.every((r) => r.clusterId === w.clusters[0]!.id)).toBe(true);
  });

  it("the plan-week job plans a closed week through the job runner (and the crop-program job reuses the run)", async () => {
    const other = await planWorld(db, { isoWeek: "2026-W51" });
    const job = findJob("planning.plan-week")!;
    const out = await runJob(job, { db, engine: "manual", trigger: "event", payload: { hubId: other.hub.id, isoWeek: "2026-W51", zoneId: other.zones[0]!.id, pools: 5, units: 100 } });
    expect(out.result).toMatchObject({ status: "SOLVED", reused: false });
    expect(await db.planRun.count({ where: { hubId: other.hub.id, status: "SOLVED" } })).toBe(1);
    const crop = await runJob(findJob("planning.crop-programs")!, { db, engine: "manual", trigger: "event", payload: { hubId: w.hub.id, fromWeek: addWeeks(WEEK, 1) } });
    expect(crop.result).toMatchObject({ reused: true });
  });
});
