// Contracts and transport costs against a real database: validation with field errors, no two
// active contracts with overlapping seasons, planner-only access, events and audit rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { fieldErrorsFrom } from "../testing/errors";
import { createContract, setTransportCost, updateContract } from "./contracts";
import { SUPPLY_EVENTS } from "./events";
import { callerAt, supplyWorld, type SupplyWorld } from "./testing";

let t: TestDatabase;
let w: SupplyWorld;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await supplyWorld(t.db);
});
afterAll(() => t.drop());

const terms = { seasonStartWeek: "2026-W40", seasonEndWeek: "2027-W12", unitPriceMinor: 95, minWeeklyUnits: 20, maxWeeklyUnits: 200 };

describe("contracts", () => {
  it("creates a contract for a planner, with an event and an audit row", async () => {
    const c = await callerAt(t.db, w.planner.who).supply.createContract({ clusterId: w.north.id, skuId: w.tomato.id, ...terms });
    expect(c).toMatchObject({ clusterId: w.north.id, skuId: w.tomato.id, ...terms, active: true });
    expect(await t.db.outboxEvent.count({ where: { name: SUPPLY_EVENTS.contractChanged } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "supply.contract.created", targetId: c.contractId } })).toBe(1);
    const list = await callerAt(t.db, w.planner.who).supply.contracts({ page: 0, pageSize: 10, sort: null, filters: { sku: w.tomato.code.slice(0, 6) }, clusterId: w.north.id });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ contractId: c.contractId, clusterName: "North", skuCode: w.tomato.code, unitPriceMinor: 95 });
  });

  it("rejects bad bands and seasons with field errors and writes nothing", async () => {
    const before = await t.db.growerContract.count();
    const band = await createContract(w.planner.ctx, { clusterId: w.south.id, skuId: w.tomato.id, ...terms, minWeeklyUnits: 300 }).catch((e) => e);
    expect(band.fieldErrors).toEqual({ minWeeklyUnits: ["The weekly minimum cannot exceed the maximum."] });
    const season = await createContract(w.planner.ctx, { clusterId: w.south.id, skuId: w.tomato.id, ...terms, seasonStartWeek: "2027-W20", seasonEndWeek: "2027-W10" }).catch((e) => e);
    expect(season.fieldErrors).toEqual({ seasonEndWeek: ["The season must end in or after its first week."] });
    const long = await createContract(w.planner.ctx, { clusterId: w.south.id, skuId: w.tomato.id, ...terms, seasonStartWeek: "2026-W01", seasonEndWeek: "2027-W40" }).catch((e) => e);
    expect(Object.keys(long.fieldErrors)).toEqual(["seasonEndWeek"]);
    const shapes = await callerAt(t.db, w.planner.who).supply.createContract({ clusterId: w.south.id, skuId: w.tomato.id, seasonStartWeek: "2027-W99", seasonEndWeek: "soon", unitPriceMinor: -1, minWeeklyUnits: 0.5, maxWeeklyUnits: 0 }).catch((e) => e);
    expect(Object.keys(fieldErrorsFrom(shapes)).sort()).toEqual(["maxWeeklyUnits", "minWeeklyUnits", "seasonEndWeek", "seasonStartWeek", "unitPriceMinor"]);
    const unknownSku = await createContract(w.planner.ctx, { clusterId: w.south.id, skuId: "nope", ...terms }).catch((e) => e);
    expect(unknownSku.fieldErrors).toEqual({ skuId: ["Unknown SKU"] });
    expect(await t.db.growerContract.count()).toBe(before);
  });

  it("refuses an overlapping active season for the same cluster and SKU, but allows it once the other ends", async () => {
    const overlap = await createContract(w.planner.ctx, { clusterId: w.north.id, skuId: w.tomato.id, ...terms, seasonStartWeek: "2027-W10", seasonEndWeek: "2027-W30" }).catch((e) => e);
    expect(overlap.code).toBe("CONFLICT");
    expect(Object.keys(overlap.fieldErrors)).toEqual(["seasonStartWeek"]);
    const next = await createContract(w.planner.ctx, { clusterId: w.north.id, skuId: w.tomato.id, ...terms, seasonStartWeek: "2027-W13", seasonEndWeek: "2027-W30" });
    // Stretching the first into the next one's season is refused; ending it earlier is fine.
    const first = (await t.db.growerContract.findFirstOrThrow({ where: { clusterId: w.north.id, skuId: w.tomato.id, seasonStartWeek: "2026-W40" } })).id;
    const stretch = await updateContract(w.planner.ctx, { contractId: first, ...terms, seasonEndWeek: "2027-W14", active: true }).catch((e) => e);
    expect(stretch.code).toBe("CONFLICT");
    const shorter = await updateContract(w.planner.ctx, { contractId: first, ...terms, seasonEndWeek: "2027-W08", unitPriceMinor: 99, active: true });
    expect(shorter).toMatchObject({ seasonEndWeek: "2027-W08", unitPriceMinor: 99 });
    expect(next.active).toBe(true);
  });

  it("serialises two concurrent overlapping creations: exactly one wins", async () => {
    const make = () => createContract(w.planner.ctx, { clusterId: w.south.id, skuId: w.lettuce.id, ...terms }).then(() => "ok", (e) => e.code as string);
    expect((await Promise.all([make(), make()])).sort()).toEqual(["CONFLICT", "ok"]);
  });

  it("keeps contracts to planners: a coordinator is refused", async () => {
    const res = await callerAt(t.db, w.northCoordinator.who).supply.createContract({ clusterId: w.north.id, skuId: w.lettuce.id, ...terms }).catch((e) => e);
    expect(res.code).toBe("FORBIDDEN");
  });
});

describe("transport costs", () => {
  it("sets a lane, shows it in the matrix, and writes one event per actual change", async () => {
    const caller = callerAt(t.db, w.planner.who);
    await caller.supply.setTransportCost({ clusterId: w.north.id, zoneId: w.zone.id, perKgMinor: 25 });
    await caller.supply.setTransportCost({ clusterId: w.north.id, zoneId: w.zone.id, perKgMinor: 25 });
    await setTransportCost(w.planner.ctx, { clusterId: w.north.id, zoneId: w.zone.id, perKgMinor: 30 });
    expect(await t.db.outboxEvent.count({ where: { name: SUPPLY_EVENTS.transportCostChanged } })).toBe(2);
    const matrix = await caller.supply.transportMatrix();
    expect(matrix.zones.map((z) => z.id)).toEqual([w.zone.id]);
    const north = matrix.rows.find((r) => r.clusterId === w.north.id)!;
    const south = matrix.rows.find((r) => r.clusterId === w.south.id)!;
    expect([north.perKgMinor, south.perKgMinor]).toEqual([[30], [null]]);
    const bad = await setTransportCost(w.planner.ctx, { clusterId: w.north.id, zoneId: "nope", perKgMinor: -2 }).catch((e) => e);
    expect(Object.keys(bad.fieldErrors)).toEqual(["perKgMinor"]);
    const unknownZone = await setTransportCost(w.planner.ctx, { clusterId: w.north.id, zoneId: "nope", perKgMinor: 2 }).catch((e) => e);
    expect(unknownZone.fieldErrors).toEqual({ zoneId: ["Unknown delivery zone"] });
  });
});
