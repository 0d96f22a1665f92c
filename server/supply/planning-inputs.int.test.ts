// What planning reads from supply, on a small world: capacity of a week, contracts covering it,
// transport lanes, farms of a cluster with area by kind and grown SKUs; the capacity grid and history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeHub, makeOrganisation } from "../testing/factories";
import { declareCapacity } from "./capacity";
import { createContract, setTransportCost, updateContract } from "./contracts";
import { capacityForWeek, contractsForWeek, farmsOfCluster, transportCosts } from "./planning-inputs";
import { unitTransportMinor } from "./rules";
import { callerAt, supplyWorld, THIS_WEEK, type SupplyWorld } from "./testing";

let t: TestDatabase;
let w: SupplyWorld;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await supplyWorld(t.db);
  const coord = w.northCoordinator.ctx;
  await declareCapacity(coord, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W50", units: 120, confidence: 0.9 });
  await declareCapacity(coord, { clusterId: w.north.id, skuId: w.lettuce.id, isoWeek: "2026-W50", units: 40, confidence: 0.6 });
  await declareCapacity(coord, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W51", units: 99, confidence: 0.9 });
  await declareCapacity(w.southCoordinator.ctx, { clusterId: w.south.id, skuId: w.lettuce.id, isoWeek: "2026-W50", units: 80, confidence: 0.8 });
  const base = { unitPriceMinor: 90, minWeeklyUnits: 10, maxWeeklyUnits: 150 };
  await createContract(w.planner.ctx, { clusterId: w.north.id, skuId: w.tomato.id, seasonStartWeek: "2026-W45", seasonEndWeek: "2026-W50", ...base });
  await createContract(w.planner.ctx, { clusterId: w.north.id, skuId: w.tomato.id, seasonStartWeek: "2026-W51", seasonEndWeek: "2027-W10", ...base, unitPriceMinor: 110 });
  const inactive = await createContract(w.planner.ctx, { clusterId: w.south.id, skuId: w.lettuce.id, seasonStartWeek: "2026-W45", seasonEndWeek: "2027-W10", ...base });
  await updateContract(w.planner.ctx, { contractId: inactive.contractId, seasonStartWeek: "2026-W45", seasonEndWeek: "2027-W10", ...base, active: false });
  await setTransportCost(w.planner.ctx, { clusterId: w.north.id, zoneId: w.zone.id, perKgMinor: 20 });
  await setTransportCost(w.planner.ctx, { clusterId: w.south.id, zoneId: w.zone.id, perKgMinor: 35 });
});
afterAll(() => t.drop());

describe("planning inputs", () => {
  it("capacityForWeek returns every cluster's declared cells of that week, tenant-scoped", async () => {
    const rows = await capacityForWeek(t.db, { hubId: w.hubId, isoWeek: "2026-W50" });
    const simple = rows.map(({ clusterId, skuId, units, confidence }) => ({ clusterId, skuId, units, confidence }));
    expect(simple).toHaveLength(3);
    expect(simple).toEqual(expect.arrayContaining([
      { clusterId: w.north.id, skuId: w.tomato.id, units: 120, confidence: 0.9 },
      { clusterId: w.north.id, skuId: w.lettuce.id, units: 40, confidence: 0.6 },
      { clusterId: w.south.id, skuId: w.lettuce.id, units: 80, confidence: 0.8 },
    ]));
    const other = await makeHub(t.db);
    expect(await capacityForWeek(t.db, { hubId: other.id, isoWeek: "2026-W50" })).toEqual([]);
  });

  it("contractsForWeek returns active contracts whose season covers the week", async () => {
    const w50 = await contractsForWeek(t.db, { hubId: w.hubId, isoWeek: "2026-W50" });
    expect(w50.map((c) => [c.clusterId, c.skuId, c.unitPriceMinor])).toEqual([[w.north.id, w.tomato.id, 90]]);
    const w51 = await contractsForWeek(t.db, { hubId: w.hubId, isoWeek: "2026-W51" });
    expect(w51.map((c) => c.unitPriceMinor)).toEqual([110]);
    expect(w51[0]).toMatchObject({ minWeeklyUnits: 10, maxWeeklyUnits: 150 });
    expect(await contractsForWeek(t.db, { hubId: w.hubId, isoWeek: "2027-W11" })).toEqual([]);
  });

  it("transportCosts lists lanes; per unit is per kg x gross weight", async () => {
    const lanes = await transportCosts(t.db, { hubId: w.hubId });
    expect(lanes).toHaveLength(2);
    expect(lanes).toEqual(expect.arrayContaining([{ clusterId: w.north.id, zoneId: w.zone.id, perKgMinor: 20 }, { clusterId: w.south.id, zoneId: w.zone.id, perKgMinor: 35 }]));
    expect(unitTransportMinor(35, w.tomato.grossWeightG)).toBe(9); // 35 x 0.27 kg = 9.45
  });

  it("farmsOfCluster gives area by kind, declared and harvested SKUs", async () => {
    const [farm1] = w.farms;
    const location = w.warehouse;
    await t.db.lot.create({ data: { hubId: w.hubId, code: "LOT-T1", skuId: w.lettuce.id, farmId: farm1!.id, clusterId: w.north.id, receivedAtId: location.id, harvestedAt: new Date("2026-11-20T06:00:00Z"), bestBefore: new Date("2026-11-30"), grade: "CLASS_I", receivedQuantity: 60 } });
    const farms = await farmsOfCluster(t.db, { hubId: w.hubId, clusterId: w.north.id });
    const byName = Object.fromEntries(farms.map((f) => [f.name, [f.areaM2, f.areaByKind, f.skuIds.length]]));
    expect(byName).toEqual({ "North farm 1": [500, { OPEN_FIELD: 500 }, 2], "North farm 2": [1000, { OPEN_FIELD: 500, GREENHOUSE: 500 }, 2] });
    const one = farms.find((f) => f.farmId === farm1!.id)!;
    expect(one.skuIds.sort()).toEqual([w.tomato.id, w.lettuce.id].sort());
    expect(one.harvestedUnitsBySku).toEqual({ [w.lettuce.id]: 60 });
    // A farm of another hub or an inactive farm is not part of the cluster's list.
    const stranger = await makeOrganisation(t.db, (await makeHub(t.db)).id, "FARM", { parentId: w.north.id });
    expect((await farmsOfCluster(t.db, { hubId: w.hubId, clusterId: w.north.id })).map((f) => f.farmId)).not.toContain(stranger.id);
  });
});

describe("capacity grid and history", () => {
  it("shows the coordinator's own cluster by SKU and week with the latest change", async () => {
    const caller = callerAt(t.db, w.northCoordinator.who);
    const grid = await caller.supply.capacityGrid({ weeks: 4 });
    expect(grid.cluster.id).toBe(w.north.id);
    expect(grid.weeks).toEqual([THIS_WEEK, "2026-W50", "2026-W51", "2026-W52"]);
    const tomato = grid.rows.find((r) => r.skuId === w.tomato.id)!;
    expect(tomato.cells.map((c) => c?.units ?? null)).toEqual([null, 120, 99, null]);
    expect(tomato.cells[1]!.lastChange).toMatchObject({ by: "Test CLUSTER_COORDINATOR", beforeUnits: null });
    const other = await caller.supply.capacityGrid({ clusterId: w.south.id }).catch((e) => e);
    expect(other.code).toBe("FORBIDDEN");
    const history = await caller.supply.capacityHistory({ snapshotId: tomato.cells[1]!.snapshotId });
    expect(history.changes).toHaveLength(1);
    const southCell = (await callerAt(t.db, w.planner.who).supply.capacityGrid({ clusterId: w.south.id, weeks: 2 })).rows.find((r) => r.skuId === w.lettuce.id)!.cells[1]!;
    expect((await caller.supply.capacityHistory({ snapshotId: southCell.snapshotId }).catch((e) => e)).code).toBe("FORBIDDEN");
  });
});
