import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { addDays } from "@/lib/iso-week";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { contextAs } from "../testing/inventory";
import type { ServiceContext } from "../context";
import { movedUnitsOf } from "./model";
import { planWeekWhenClosed, publishPlan, replanAfterCapacityChange, replaySolve, runPlan, workPackagesOfCluster, workPackagesOfFarm, type PlanInputs } from "./index";
import { planWorld, type PlanWorld } from "./testing";

const WEEK = "2026-W49";
const NOW = new Date("2026-11-27T12:00:00Z");

let t: TestDatabase;
let db: Db;
let w: PlanWorld;
let planner: ServiceContext;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  w = await planWorld(db, { isoWeek: WEEK });
  planner = await contextAs(db, w.hub.id, "PLANNER", () => NOW);
});
afterAll(async () => t?.drop());

const key = (a: { skuId: string; zoneId: string; clusterId: string }) => `${a.skuId}|${a.zoneId}|${a.clusterId}`;
const allocationsOf = (runId: string) => db.allocation.findMany({ where: { planRunId: runId }, select: { skuId: true, zoneId: true, clusterId: true, units: true } });
const asMap = (rows: { skuId: string; zoneId: string; clusterId: string; units: number }[]) => Object.fromEntries(rows.map((r) => [key(r), r.units]).sort());

/** Every capacity, contract minimum and maximum and every pool's demand, checked on the database rows. */
async function expectFeasible(runId: string) {
  const allocations = await allocationsOf(runId);
  const exceptions = await db.planException.findMany({ where: { planRunId: runId } });
  const volume = new Map<string, number>();
  for (const a of allocations) volume.set(`${a.clusterId}|${a.skuId}`, (volume.get(`${a.clusterId}|${a.skuId}`) ?? 0) + a.units);
  const surplus = new Map(exceptions.filter((e) => e.kind === "SURPLUS").map((e) => [`${e.clusterId}|${e.skuId}`, e.units]));
  for (const c of await db.capacitySnapshot.findMany({ where: { hubId: w.hub.id, isoWeek: WEEK } })) {
    const k = `${c.clusterId}|${c.skuId}`;
    expect((volume.get(k) ?? 0) + (surplus.get(k) ?? 0), `capacity ${k}`).toBeLessThanOrEqual(c.units);
  }
  const capacity = new Map((await db.capacitySnapshot.findMany({ where: { hubId: w.hub.id, isoWeek: WEEK } })).map((c) => [`${c.clusterId}|${c.skuId}`, c.units]));
  for (const k of await db.growerContract.findMany({ where: { hubId: w.hub.id } })) {
    const id = `${k.clusterId}|${k.skuId}`;
    const bought = (volume.get(id) ?? 0) + (surplus.get(id) ?? 0);
    expect(bought, `contract max ${id}`).toBeLessThanOrEqual(k.maxWeeklyUnits);
    expect(bought, `contract min ${id}`).toBeGreaterThanOrEqual(Math.min(k.minWeeklyUnits, capacity.get(id) ?? k.maxWeeklyUnits));
  }
  const shortage = new Map(exceptions.filter((e) => e.kind === "SHORTAGE").map((e) => [`${e.skuId}|${e.zoneId}`, e.units]));
  for (const p of await db.demandPool.findMany({ where: { hubId: w.hub.id, isoWeek: WEEK } })) {
    const served = allocations.filter((a) => a.skuId === p.skuId && a.zoneId === p.zoneId).reduce((s, a) => s + a.units, 0);
    expect(served + (shortage.get(`${p.skuId}|${p.zoneId}`) ?? 0), `pool ${p.skuId}|${p.zoneId}`).toBe(p.orderedUnits + p.b2bUnits);
  }
  return { allocations, exceptions, volume, surplus };
}

describe("plan runs on a seeded-like world", () => {
  let firstRunId: string;

  it("plans the week to optimality within every capacity, contract minimum and maximum, with progress and figures", async () => {
    const out = await runPlan(db, planner.actor, { hubId: w.hub.id, isoWeek: WEEK, kind: "WEEK", trigger: "planner", now: NOW });
    expect(out).toMatchObject({ status: "SOLVED", reused: false });
    firstRunId = out.runId;
    const run = await db.planRun.findUniqueOrThrow({ where: { id: out.runId } });
    expect(run).toMatchObject({ status: "SOLVED", solverStatus: "OPTIMAL", progress: 100, kind: "WEEK", createdById: planner.actor.userId, demandUnits: 528, movedUnits: null });
    expect(run.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(run.objectiveMinor)).toBe(Number(run.purchaseMinor) + Number(run.transportMinor) + Number(run.shortagePenaltyMinor));
    const { exceptions } = await expectFeasible(out.runId);
    // VEG-5 has 44 units of demand and 20 of capacity: short; VEG-4's 50-unit minimum at north is above its zone-served demand.
    expect(exceptions.filter((e) => e.kind === "SHORTAGE").reduce((s, e) => s + e.units, 0)).toBe(run.shortageUnits);
    expect(run.shortageUnits).toBeGreaterThan(0);
    expect(exceptions.some((e) => e.kind === "CAPACITY_RISK" && e.skuId === w.skus[4]!.id && e.clusterId === w.clusters[1]!.id)).toBe(true);
  });

  it("is reproducible from its stored inputs and reuses the run when nothing changed", async () => {
    const run = await db.planRun.findUniqueOrThrow({ where: { id: firstRunId } });
    const replay = await replaySolve(run.inputs as unknown as PlanInputs);
    expect(asMap(replay.allocations)).toEqual(asMap(await allocationsOf(firstRunId)));
    expect(replay.parts.objectiveMinor).toBe(Number(run.objectiveMinor));
    const again = await runPlan(db, planner.actor, { hubId: w.hub.id, isoWeek: WEEK, kind: "WEEK", trigger: "planner", now: NOW });
    expect(again).toEqual({ runId: firstRunId, status: "SOLVED", reused: true });
    // The job path reuses it too (every pool is closed).
    expect(await planWeekWhenClosed(db, { hubId: w.hub.id, isoWeek: WEEK, trigger: "pool.closed:test" })).toMatchObject({ runId: firstRunId, reused: true });
  });

  it("splits each cluster's volume across its farms, harvested the day before the first delivery day served", async () => {
    const { volume, surplus } = await expectFeasible(firstRunId);
    const packages = await db.workPackage.findMany({ where: { planRunId: firstRunId } });
    const byClusterSku = new Map<string, number>();
    for (const p of packages) byClusterSku.set(`${p.clusterId}|${p.skuId}`, (byClusterSku.get(`${p.clusterId}|${p.skuId}`) ?? 0) + p.targetUnits);
    const expected = new Map([...volume.entries()]);
    for (const [k, u] of surplus) expected.set(k, (expected.get(k) ?? 0) + u);
    expect(Object.fromEntries(byClusterSku)).toEqual(Object.fromEntries(expected));
    // SKU 0 at north serves zone 0 only (Tuesday slot): harvest on Monday.
    const north0 = packages.filter((p) => p.clusterId === w.clusters[0]!.id && p.skuId === w.skus[0]!.id);
    expect(north0.length).toBe(2);
    expect(north0.every((p) => p.harvestDate.toISOString().slice(0, 10) === "2026-11-30")).toBe(true);
    // Second farms grow only their cluster's first SKU.
    const secondFarms = new Set(w.farms.filter((_, i) => i % 2 === 1).map((f) => f.id));
    expect(packages.filter((p) => secondFarms.has(p.farmId)).every((p) => [w.skus[0]!.id, w.skus[1]!.id, w.skus[2]!.id].includes(p.skuId))).toBe(true);
  });

  let publishedId: string;
  it("publishes with outbox events in the same transaction, once", async () => {
    const out = await publishPlan(planner, { runId: firstRunId });
    expect(out).toMatchObject({ status: "PUBLISHED", supersededRunId: null, alreadyPublished: false });
    publishedId = firstRunId;
    const events = await db.outboxEvent.findMany({ where: { hubId: w.hub.id } });
    const shortages = await db.planException.count({ where: { planRunId: firstRunId, kind: "SHORTAGE" } });
    const farmsWithPackages = new Set((await db.workPackage.findMany({ where: { planRunId: firstRunId } })).map((p) => p.farmId)).size;
    expect(events.filter((e) => e.name === "planning/plan.published")).toHaveLength(1);
    expect(events.filter((e) => e.name === "planning/shortage.detected")).toHaveLength(shortages);
    expect(events.filter((e) => e.name === "supply/work-package.issued")).toHaveLength(farmsWithPackages);
    expect(await publishPlan(planner, { runId: firstRunId })).toMatchObject({ alreadyPublished: true });
    expect(await db.outboxEvent.count({ where: { hubId: w.hub.id } })).toBe(events.length);
    // Growers see the published packages.
    const farm = w.farms[0]!;
    expect((await workPackagesOfFarm(db, { hubId: w.hub.id, farmId: farm.id })).length).toBeGreaterThan(0);
    expect((await workPackagesOfCluster(db, { hubId: w.hub.id, clusterId: farm.clusterId })).every((p) => p.clusterId === farm.clusterId)).toBe(true);
  });

  it("re-plans after a capacity drop moving fewer units than a plan from scratch; publishing it supersedes the old plan", async () => {
    const north0 = { clusterId: w.clusters[0]!.id, skuId: w.skus[0]!.id };
    await db.capacitySnapshot.update({ where: { clusterId_skuId_isoWeek: { ...north0, isoWeek: WEEK } }, data: { units: 0, version: { increment: 1 } } });
    const previous = await allocationsOf(publishedId);
    const out = await replanAfterCapacityChange(db, { hubId: w.hub.id, isoWeek: WEEK, trigger: "capacity.changed", now: NOW });
    expect(out).toMatchObject({ status: "SOLVED", reused: false });
    const runId = (out as { runId: string }).runId;
    const run = await db.planRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ kind: "REPLAN", previousRunId: publishedId, solverStatus: "OPTIMAL" });
    await expectFeasible(runId);
    const inputs = run.inputs as unknown as PlanInputs;
    const scratch = await replaySolve({ ...inputs, previous: null });
    const scratchMoved = movedUnitsOf(scratch.allocations, previous)!;
    expect(run.movedUnits).toBe(movedUnitsOf(await allocationsOf(runId), previous));
    expect(run.movedUnits!).toBeLessThan(scratchMoved);
    // Same shortage as the scratch plan: stability is not bought with unmet demand.
    expect(run.shortageUnits).toBe(scratch.shortageUnits);

    await publishPlan(planner, { runId });
    expect(await db.planRun.findUniqueOrThrow({ where: { id: publishedId } })).toMatchObject({ status: "SUPERSEDED" });
    expect(await db.workPackage.count({ where: { planRunId: publishedId, status: { not: "CANCELLED" } } })).toBe(0);
    expect((await workPackagesOfFarm(db, { hubId: w.hub.id, farmId: w.farms[0]!.id })).every((p) => p.planRunId === runId)).toBe(true);
  });

  it("does not plan a week with open pools, and does not re-plan a week without a plan or one that is over", async () => {
    const other = await planWorld(db, { isoWeek: "2026-W50", open: true });
    expect(await planWeekWhenClosed(db, { hubId: other.hub.id, isoWeek: "2026-W50", trigger: "t" })).toEqual({ skipped: "20 pools still open" });
    expect(await replanAfterCapacityChange(db, { hubId: other.hub.id, isoWeek: "2026-W50", trigger: "t", now: NOW })).toEqual({ skipped: "the week has no plan yet" });
    expect(await replanAfterCapacityChange(db, { hubId: w.hub.id, isoWeek: WEEK, trigger: "t", now: addDays(NOW, 14) })).toEqual({ skipped: "the week is over" });
  });
});
