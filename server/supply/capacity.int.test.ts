// Capacity declarations against a real database: who may declare for which cluster, field errors
// that change nothing, versions and history under concurrent revisions, one event per change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { fieldErrorsFrom } from "../testing/errors";
import { declareCapacity, declareCapacityBulk } from "./capacity";
import { SUPPLY_EVENTS } from "./events";
import { callerAt, supplyWorld, THIS_WEEK, type SupplyWorld } from "./testing";

let t: TestDatabase;
let w: SupplyWorld;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await supplyWorld(t.db);
});
afterAll(() => t.drop());

const counts = async () => ({
  snapshots: await t.db.capacitySnapshot.count(),
  changes: await t.db.capacityChange.count(),
  events: await t.db.outboxEvent.count({ where: { name: SUPPLY_EVENTS.capacityChanged } }),
});
const eventsFor = (snapshotId: string) => t.db.outboxEvent.findMany({ where: { name: SUPPLY_EVENTS.capacityChanged, payload: { path: ["snapshotId"], equals: snapshotId } } });

describe("declareCapacity", () => {
  it("lets a coordinator declare and revise their own cluster, with history and one event per change", async () => {
    const ctx = w.northCoordinator.ctx;
    const first = await declareCapacity(ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W50", units: 120, confidence: 0.9 });
    expect(first).toMatchObject({ units: 120, version: 1, changed: true });
    const revised = await declareCapacity(ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W50", units: 90, confidence: 0.7, reason: "Hail on the open field", expectedVersion: 1 });
    expect(revised).toMatchObject({ snapshotId: first.snapshotId, units: 90, confidence: 0.7, version: 2, changed: true });
    // The same values again change nothing and write nothing.
    const before = await counts();
    const same = await declareCapacity(ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W50", units: 90, confidence: 0.7, reason: "again" });
    expect(same).toMatchObject({ version: 2, changed: false });
    expect(await counts()).toEqual(before);

    const history = await t.db.capacityChange.findMany({ where: { snapshotId: first.snapshotId }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.beforeUnits, h.afterUnits, h.reason, h.actorUserId])).toEqual([
      [null, 120, "", ctx.actor.userId],
      [120, 90, "Hail on the open field", ctx.actor.userId],
    ]);
    const events = await eventsFor(first.snapshotId);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.payload).find((p) => (p as { version: number }).version === 2)).toMatchObject({
      hubId: w.hubId, clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W50", beforeUnits: 120, afterUnits: 90,
    });
    const row = await t.db.capacitySnapshot.findUniqueOrThrow({ where: { id: first.snapshotId } });
    expect(row).toMatchObject({ units: 90, confidence: 0.7, version: 2, declaredById: ctx.actor.userId, note: "Hail on the open field" });
  });

  it("refuses a coordinator of another cluster (FORBIDDEN) through the router too, and writes nothing", async () => {
    const before = await counts();
    const direct = await declareCapacity(w.southCoordinator.ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W51", units: 10, confidence: 0.9 }).catch((e) => e);
    expect(direct.code).toBe("FORBIDDEN");
    const viaRouter = await callerAt(t.db, w.southCoordinator.who).supply.declareCapacity({ clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W51", units: 10, confidence: 0.9, reason: "" }).catch((e) => e);
    expect(viaRouter.code).toBe("FORBIDDEN");
    const grower = await callerAt(t.db, w.grower.who).supply.declareCapacity({ clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W51", units: 10, confidence: 0.9, reason: "" }).catch((e) => e);
    expect(grower.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("lets a planner declare for any cluster of the hub", async () => {
    const cell = await callerAt(t.db, w.planner.who).supply.declareCapacity({ clusterId: w.south.id, skuId: w.lettuce.id, isoWeek: THIS_WEEK, units: 300, confidence: 0.8, reason: "" });
    expect(cell).toMatchObject({ units: 300, version: 1 });
  });

  it("answers bad input with field errors and changes nothing", async () => {
    const before = await counts();
    const caller = callerAt(t.db, w.northCoordinator.who);
    const shapes = await caller.supply.declareCapacity({ clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W60", units: -3, confidence: 1.5, reason: "" }).catch((e) => e);
    expect(shapes.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsFrom(shapes)).sort()).toEqual(["confidence", "isoWeek", "units"]);
    const fractional = await declareCapacity(w.northCoordinator.ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W50", units: 1.5, confidence: 0.5 }).catch((e) => e);
    expect(fractional.fieldErrors.units).toEqual(["Whole units only"]);
    const past = await declareCapacity(w.northCoordinator.ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W48", units: 10, confidence: 0.5 }).catch((e) => e);
    expect(past.fieldErrors).toEqual({ isoWeek: ["Weeks before 2026-W49 can no longer be changed."] });
    const unknownSku = await declareCapacity(w.northCoordinator.ctx, { clusterId: w.north.id, skuId: "sku_nope", isoWeek: "2026-W50", units: 10, confidence: 0.5 }).catch((e) => e);
    expect(unknownSku.fieldErrors).toEqual({ skuId: ["Unknown or inactive SKU"] });
    // A revision needs a reason.
    const noReason = await declareCapacity(w.northCoordinator.ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W50", units: 70, confidence: 0.7 }).catch((e) => e);
    expect(Object.keys(noReason.fieldErrors)).toEqual(["reason"]);
    // Stale version: CONFLICT with the current value.
    const stale = await declareCapacity(w.northCoordinator.ctx, { clusterId: w.north.id, skuId: w.tomato.id, isoWeek: "2026-W50", units: 70, confidence: 0.7, reason: "Rain", expectedVersion: 1 }).catch((e) => e);
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details).toMatchObject({ units: 90, version: 2 });
    expect(await counts()).toEqual(before);
  });

  it("keeps versions and history consistent under concurrent revisions of one snapshot", async () => {
    const ctx = w.northCoordinator.ctx;
    const base = await declareCapacity(ctx, { clusterId: w.north.id, skuId: w.lettuce.id, isoWeek: "2026-W52", units: 100, confidence: 0.9 });
    const values = Array.from({ length: 8 }, (_, i) => 101 + i);
    const results = await Promise.all(values.map((units) => declareCapacity(ctx, { clusterId: w.north.id, skuId: w.lettuce.id, isoWeek: "2026-W52", units, confidence: 0.9, reason: `Revision to ${units}` })));
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const row = await t.db.capacitySnapshot.findUniqueOrThrow({ where: { id: base.snapshotId } });
    expect(row.version).toBe(9);
    const history = await t.db.capacityChange.findMany({ where: { snapshotId: base.snapshotId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(history).toHaveLength(9);
    // Each revision starts where the previous one (by version order) ended: an unbroken chain.
    const byVersion = [...results].sort((a, b) => a.version - b.version);
    const chain = [100, ...byVersion.map((r) => r.units)];
    const afters = new Map(history.map((h) => [h.afterUnits, h.beforeUnits]));
    for (let i = 1; i < chain.length; i++) expect(afters.get(chain[i]!)).toBe(chain[i - 1]);
    expect(row.units).toBe(chain.at(-1));
    expect(await eventsFor(base.snapshotId)).toHaveLength(9);
  });

  it("creates a cell once when two first declarations race", async () => {
    const ctx = w.planner.ctx;
    const [a, b] = await Promise.all([
      declareCapacity(ctx, { clusterId: w.south.id, skuId: w.tomato.id, isoWeek: "2027-W02", units: 40, confidence: 0.9, reason: "first" }),
      declareCapacity(ctx, { clusterId: w.south.id, skuId: w.tomato.id, isoWeek: "2027-W02", units: 50, confidence: 0.9, reason: "second" }),
    ]);
    expect(a.snapshotId).toBe(b.snapshotId);
    expect([a.version, b.version].sort()).toEqual([1, 2]);
    expect(await t.db.capacityChange.count({ where: { snapshotId: a.snapshotId } })).toBe(2);
  });
});

describe("declareCapacityBulk", () => {
  it("declares a SKU over several weeks in one go, all or nothing", async () => {
    const ctx = w.northCoordinator.ctx;
    const weeks = ["2027-W03", "2027-W04", "2027-W05"];
    const ok = await declareCapacityBulk(ctx, { clusterId: w.north.id, reason: "Season plan", entries: weeks.map((isoWeek, i) => ({ skuId: w.tomato.id, isoWeek, units: 50 + i, confidence: 0.85 })) });
    expect(ok.changed).toBe(3);
    expect(ok.cells.map((c) => [c.isoWeek, c.units, c.version])).toEqual([["2027-W03", 50, 1], ["2027-W04", 51, 1], ["2027-W05", 52, 1]]);

    const before = await counts();
    const bad = await declareCapacityBulk(ctx, {
      clusterId: w.north.id, reason: "Frost",
      entries: [{ skuId: w.tomato.id, isoWeek: "2027-W03", units: 10, confidence: 0.5 }, { skuId: w.tomato.id, isoWeek: "2026-W40", units: 10, confidence: 0.5 }],
    }).catch((e) => e);
    expect(bad.fieldErrors).toEqual({ "entries.1.isoWeek": ["Weeks before 2026-W49 can no longer be changed."] });
    const shapes = await callerAt(t.db, w.northCoordinator.who).supply.declareCapacityBulk({ clusterId: w.north.id, reason: "x", entries: [{ skuId: w.tomato.id, isoWeek: "2027-W03", units: -1, confidence: 0.5 }] }).catch((e) => e);
    expect(Object.keys(fieldErrorsFrom(shapes))).toEqual(["entries.0.units"]);
    expect(await counts()).toEqual(before);
  });
});
