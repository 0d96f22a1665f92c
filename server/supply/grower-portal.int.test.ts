// The grower portal on a small world with a published plan: a grower sees and acknowledges only
// their farm's packages, a coordinator their cluster's, and capacity meets the plan week by week.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { declareCapacity } from "./capacity";
import { SUPPLY_EVENTS } from "./events";
import { callerAt, supplyWorld, THIS_WEEK, type SupplyWorld } from "./testing";

let t: TestDatabase;
let w: SupplyWorld;
let mine: string;
let neighbours: string;
let otherCluster: string;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await supplyWorld(t.db);
  await declareCapacity(w.northCoordinator.ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: THIS_WEEK, units: 100, confidence: 0.8 });
  await declareCapacity(w.northCoordinator.ctx, { clusterId: w.north.id, skuId: w.lettuce.id, isoWeek: THIS_WEEK, units: 50, confidence: 1 });
  // A published plan for this week (what planning writes when a plan is published).
  const run = await t.db.planRun.create({ data: { hubId: w.hubId, isoWeek: THIS_WEEK, kind: "WEEK", status: "PUBLISHED", trigger: "test", publishedAt: new Date() } });
  const superseded = await t.db.planRun.create({ data: { hubId: w.hubId, isoWeek: THIS_WEEK, kind: "WEEK", status: "SUPERSEDED", trigger: "test" } });
  const [f1, f2, f3] = w.farms;
  const pkg = (planRunId: string, farmId: string, clusterId: string, skuId: string, targetUnits: number) =>
    t.db.workPackage.create({ data: { hubId: w.hubId, planRunId, clusterId, farmId, skuId, isoWeek: THIS_WEEK, targetUnits, harvestDate: new Date("2026-12-01") } });
  mine = (await pkg(run.id, f1!.id, w.north.id, w.tomato.id, 40)).id;
  neighbours = (await pkg(run.id, f2!.id, w.north.id, w.tomato.id, 45)).id;
  otherCluster = (await pkg(run.id, f3!.id, w.south.id, w.lettuce.id, 30)).id;
  await pkg(superseded.id, f1!.id, w.north.id, w.lettuce.id, 99);
});
afterAll(() => t.drop());

describe("grower portal", () => {
  it("shows a grower only their farm's packages of published plans", async () => {
    const res = await callerAt(t.db, w.grower.who).supply.workPackages({ weeks: 2 });
    expect(res.scope).toMatchObject({ kind: "farm", farmId: w.farms[0]!.id, clusterId: w.north.id });
    expect(res.weeks).toEqual([THIS_WEEK, "2026-W50"]);
    expect(res.rows.map((r) => [r.id, r.targetUnits, r.harvestDate, r.status])).toEqual([[mine, 40, "2026-12-01", "ISSUED"]]);
  });

  it("shows a coordinator the cluster's packages by farm", async () => {
    const res = await callerAt(t.db, w.northCoordinator.who).supply.workPackages({ weeks: 1 });
    expect(res.scope.kind).toBe("cluster");
    expect(res.rows.map((r) => r.id).sort()).toEqual([mine, neighbours].sort());
  });

  it("lets a grower acknowledge their own package once (one event), not a neighbour's", async () => {
    const caller = callerAt(t.db, w.grower.who);
    expect(await caller.supply.acknowledgeWorkPackage({ workPackageId: mine })).toEqual({ id: mine, status: "ACKNOWLEDGED" });
    expect(await caller.supply.acknowledgeWorkPackage({ workPackageId: mine })).toEqual({ id: mine, status: "ACKNOWLEDGED" });
    expect(await t.db.outboxEvent.count({ where: { name: SUPPLY_EVENTS.workPackageAcknowledged } })).toBe(1);
    const other = await caller.supply.acknowledgeWorkPackage({ workPackageId: neighbours }).catch((e) => e);
    expect(other.code).toBe("NOT_FOUND");
    const south = await callerAt(t.db, w.northCoordinator.who).supply.acknowledgeWorkPackage({ workPackageId: otherCluster }).catch((e) => e);
    expect(south.code).toBe("NOT_FOUND");
    expect((await t.db.workPackage.findUniqueOrThrow({ where: { id: neighbours } })).status).toBe("ISSUED");
  });

  it("sets the cluster's capacity against the published plan per week", async () => {
    const res = await callerAt(t.db, w.northCoordinator.who).supply.capacityVsPlan({ weeks: 2 });
    expect(res.rows).toEqual([
      { isoWeek: THIS_WEEK, capacityUnits: 150, expectedUnits: 130, plannedUnits: 85, packages: 2, acknowledged: 1 },
      { isoWeek: "2026-W50", capacityUnits: 0, expectedUnits: 0, plannedUnits: 0, packages: 0, acknowledged: 0 },
    ]);
    const grower = await callerAt(t.db, w.grower.who).supply.capacityVsPlan({ weeks: 2 }).catch((e) => e);
    expect(grower.code).toBe("FORBIDDEN");
  });
});
