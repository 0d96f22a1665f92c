// The forecast service against a real PostgreSQL: a run over a small synthetic history writes every
// series with ordered bands and one event; a repeat reuses it, new actuals supersede it; the nightly
// job twice leaves one run's worth; pooling and planning reads; accuracy once per closed week; the
// portal router for planners only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { addWeeks } from "@/lib/iso-week";
import { makeDemandForecastJob } from "@/server/jobs/definitions/demand-forecast";
import { runJob } from "@/server/jobs/run";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { makeHub, makeUser } from "@/server/testing/factories";
import { makeLocation, makeSku } from "@/server/testing/inventory";
import { createCallerFactory, createTRPCContext } from "@/server/trpc";
import { forecastForWeeks, forecastP50ForWeek, FORECAST_EVENTS, forecastRouter, publishForecast, recordForecastAccuracy, runForecast } from "./index";

// Wednesday of 2026-W48 in Amsterdam: the last full week is W47.
const NOW = new Date("2026-11-25T10:00:00Z");
const AS_OF = "2026-W47";
const HISTORY = 70;

let t: TestDatabase;
let db: Db;
let hubId: string;
let zones: string[];
let skus: string[];

/** Weekly units of series k at history position i (oldest first): seasonal-ish, or intermittent for k = 0. */
const unitsOf = (k: number, i: number) => (k === 0 ? (i % 6 === 5 ? 4 : 0) : Math.round(20 + 5 * k + 8 * Math.sin((2 * Math.PI * i) / 52) + ((i * 7 + k) % 5)));

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  const hub = await makeHub(db);
  hubId = hub.id;
  const wh = await makeLocation(db, hubId);
  zones = [];
  for (const code of ["N", "S"]) zones.push((await db.deliveryZone.create({ data: { hubId, code: `${code}-${hub.slug}`, name: `Zone ${code}`, postcodePrefixes: [code === "N" ? "35" : "36"], fulfilmentLocationId: wh.id } })).id);
  skus = [];
  for (let i = 0; i < 3; i++) skus.push((await makeSku(db, hubId, { name: `Veg ${i}` })).id);
  // 3 SKUs x 2 zones; series (sku 0, zone N) is intermittent.
  const rows = [];
  for (const [s, skuId] of skus.entries()) {
    for (const [z, zoneId] of zones.entries()) {
      for (let i = 0; i < HISTORY; i++) {
        const units = unitsOf(s === 0 && z === 0 ? 0 : s * 2 + z, i);
        if (units > 0) rows.push({ hubId, skuId, zoneId, isoWeek: addWeeks(AS_OF, i - HISTORY + 1), units });
      }
    }
  }
  await db.demandHistory.createMany({ data: rows });
}, 120_000);
afterAll(() => t.drop());

const runsOfWeek = () => db.forecastRun.findMany({ where: { hubId, asOfWeek: AS_OF } });
const published = () => db.outboxEvent.findMany({ where: { hubId, name: FORECAST_EVENTS.published } });

describe("runForecast", () => {
  it("forecasts every series 12 weeks ahead with ordered, non-negative bands and publishes one event", async () => {
    const runId = await runForecast(db, { hubId, now: NOW });
    const run = await db.forecastRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ asOfWeek: AS_OF, status: "SUCCEEDED", seriesCount: 6 });
    const summary = run.summary as { wape: number; seasonalNaiveWape: number; byClass: { intermittent: { series: number } }; weekly: unknown[] };
    expect(summary.wape).toBeGreaterThan(0);
    expect(summary.seasonalNaiveWape).toBeGreaterThan(0);
    expect(summary.byClass.intermittent.series).toBe(1);
    expect(summary.weekly).toHaveLength(26);

    const series = await db.forecastSeries.findMany({ where: { runId } });
    expect(series).toHaveLength(6);
    expect(series.find((s) => s.skuId === skus[0] && s.zoneId === zones[0])!.method).toMatch(/SEASONAL_NAIVE|CROSTON|TSB/);
    const forecasts = await db.forecast.findMany({ where: { runId } });
    expect(forecasts).toHaveLength(6 * 12);
    expect(new Set(forecasts.map((f) => f.isoWeek))).toEqual(new Set(Array.from({ length: 12 }, (_, h) => addWeeks(AS_OF, h + 1))));
    for (const f of forecasts) {
      expect(f.p10).toBeGreaterThanOrEqual(0);
      expect(f.p10).toBeLessThanOrEqual(f.p50);
      expect(f.p50).toBeLessThanOrEqual(f.p90);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(addWeeks(AS_OF, f.horizon)).toBe(f.isoWeek);
    }
    const events = await published();
    expect(events.map((e) => (e.payload as { runId: string }).runId)).toEqual([runId]);
    expect(events[0]!.payload).toMatchObject({ asOfWeek: AS_OF, fromWeek: "2026-W48", toWeek: addWeeks(AS_OF, 12), series: 6 });
  });

  it("reuses the run for the same input and supersedes it when actuals change: one run's worth per week", async () => {
    const [first] = await runsOfWeek();
    const again = await publishForecast(db, { hubId, now: NOW });
    expect(again).toMatchObject({ runId: first!.id, reused: true });
    // A late actual for the last week changes the input.
    await db.demandHistory.update({ where: { hubId_skuId_zoneId_isoWeek: { hubId, skuId: skus[1]!, zoneId: zones[1]!, isoWeek: AS_OF } }, data: { units: { increment: 9 } } });
    const next = await publishForecast(db, { hubId, now: NOW });
    expect(next.reused).toBe(false);
    expect(next.runId).not.toBe(first!.id);
    expect((await runsOfWeek()).map((r) => r.id)).toEqual([next.runId]);
    expect(await db.forecast.count({ where: { hubId } })).toBe(6 * 12);
    expect(await published()).toHaveLength(2);
  });

  it("as the nightly job, twice, leaves one run's worth of forecasts (and skips hubs where it is not night)", async () => {
    const job = makeDemandForecastJob(() => NOW);
    const first = await runJob(job, { db, engine: "manual", trigger: "manual", payload: { hubId, asOfWeek: "2026-W46" } });
    const second = await runJob(job, { db, engine: "manual", trigger: "manual", payload: { hubId, asOfWeek: "2026-W46" } });
    const runs = await db.forecastRun.findMany({ where: { hubId, asOfWeek: "2026-W46" } });
    expect(runs).toHaveLength(1);
    expect(first.result).toEqual([expect.objectContaining({ runId: runs[0]!.id, reused: false })]);
    expect(second.result).toEqual([expect.objectContaining({ runId: runs[0]!.id, reused: true })]);
    expect(await db.forecast.count({ where: { runId: runs[0]!.id } })).toBe(6 * 12);
    // 10:00 UTC is 11:00 in Amsterdam: the hourly tick finds no hub due.
    const tick = await runJob(job, { db, engine: "manual", trigger: "cron", payload: {} });
    expect(tick.result).toEqual([]);
    // 00:20 UTC is 01:20 in Amsterdam: the hub is due, and last week's run is already there.
    const night = await runJob(makeDemandForecastJob(() => new Date("2026-11-25T00:20:00Z")), { db, engine: "manual", trigger: "cron", payload: {} });
    expect(night.result).toEqual([expect.objectContaining({ asOfWeek: AS_OF, reused: true })]);
  });
});

describe("reads for pooling and planning", () => {
  it("gives the p50 per SKU|zone for a week and the bands for a range, from the latest run before it", async () => {
    const [run] = await runsOfWeek();
    const p50 = await forecastP50ForWeek(db, { hubId, isoWeek: "2026-W48" });
    expect(p50.size).toBe(6);
    const stored = await db.forecast.findUniqueOrThrow({ where: { runId_skuId_zoneId_isoWeek: { runId: run!.id, skuId: skus[2]!, zoneId: zones[1]!, isoWeek: "2026-W48" } } });
    expect(p50.get(`${skus[2]}|${zones[1]}`)).toBe(stored.p50);
    const bands = await forecastForWeeks(db, { hubId, fromWeek: "2026-W50", weeks: 3 });
    expect(bands).toHaveLength(18);
    expect(new Set(bands.map((b) => b.isoWeek))).toEqual(new Set(["2026-W50", "2026-W51", "2026-W52"]));
    // Nothing forecast before any run.
    expect((await forecastP50ForWeek(db, { hubId, isoWeek: "2026-W40" })).size).toBe(0);
  });
});

describe("recordForecastAccuracy", () => {
  it("records the horizon-1 forecast against the closed pools once per zone-week", async () => {
    const week = { hubId, zoneId: zones[0]!, isoWeek: "2026-W48" };
    expect(await recordForecastAccuracy(db, week)).toBe(0); // no closed pool yet
    await db.demandPool.create({ data: { hubId, skuId: skus[1]!, zoneId: zones[0]!, isoWeek: "2026-W48", orderedUnits: 10, subscribedUnits: 5, b2bUnits: 7, status: "CLOSED", closedAt: NOW } });
    expect(await recordForecastAccuracy(db, week)).toBe(3);
    expect(await recordForecastAccuracy(db, week)).toBe(0);
    const rows = await db.forecastAccuracy.findMany({ where: { hubId, isoWeek: "2026-W48" }, orderBy: { skuId: "asc" } });
    expect(rows).toHaveLength(3);
    const [run] = await runsOfWeek();
    expect(rows.every((r) => r.runId === run!.id && r.zoneId === zones[0])).toBe(true);
    expect(rows.find((r) => r.skuId === skus[1])!.actualUnits).toBe(22);
    expect(rows.find((r) => r.skuId === skus[2])!.actualUnits).toBe(0);
  });
});

describe("forecast router", () => {
  const callerFor = (who: { userId: string; membershipId: string }) => createCallerFactory(forecastRouter)(createTRPCContext({ db, session: who, now: () => NOW }));
  const as = async (role: "PLANNER" | "WAREHOUSE" | "CONSUMER") => {
    const u = await makeUser(db, hubId, role);
    return callerFor({ userId: u.user.id, membershipId: u.membership.id });
  };

  it("shows planners the backtest, accuracy by week, a SKU chart and the series table", async () => {
    const planner = await as("PLANNER");
    const overview = await planner.overview();
    expect(overview.published).toMatchObject({ asOfWeek: AS_OF, seriesCount: 6, series: 6 });
    expect(overview.published!.seasonalNaiveWape).toBeGreaterThan(0);

    const accuracy = await planner.accuracy({ weeks: 12 });
    expect(accuracy.recorded).toEqual([expect.objectContaining({ isoWeek: "2026-W48", series: 3, actualUnits: 22 })]);
    expect(accuracy.backtest).toHaveLength(12);
    expect(accuracy.backtest.at(-1)).toMatchObject({ isoWeek: AS_OF });

    const chart = await planner.chart({ skuId: skus[2]!, pastWeeks: 8 });
    expect(chart.points).toHaveLength(8 + 12);
    const last = chart.points[7]!;
    expect(last).toMatchObject({ isoWeek: AS_OF, p50: null });
    expect(last.actual).toBe(unitsOf(4, HISTORY - 1) + unitsOf(5, HISTORY - 1));
    const ahead = chart.points[8]!;
    const p50 = await forecastP50ForWeek(db, { hubId, isoWeek: "2026-W48" });
    expect(ahead.p50).toBeCloseTo(p50.get(`${skus[2]}|${zones[0]}`)! + p50.get(`${skus[2]}|${zones[1]}`)!, 6);
    expect(ahead.actual).toBeNull();
    expect(chart.methods).toHaveLength(2);

    const page = await planner.series({ page: 0, pageSize: 50, sort: { id: "wape", desc: true }, filters: {} });
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.wape)).toEqual([...page.rows.map((r) => r.wape)].sort((a, b) => b - a));
    const intermittent = await planner.series({ page: 0, pageSize: 50, sort: null, filters: { class: "intermittent" } });
    expect(intermittent.rows.map((r) => [r.skuId, r.zoneId, r.intermittent])).toEqual([[skus[0], zones[0], true]]);
    expect(page.rows.every((r) => r.confidence >= 0 && r.confidence <= 1 && r.nextP50 >= 0)).toBe(true);

    const ran = await planner.run({});
    expect(ran).toMatchObject({ asOfWeek: AS_OF, reused: true, series: 6 });
    await expect(planner.chart({ skuId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is closed to roles without planning:portal / planning:run", async () => {
    for (const role of ["WAREHOUSE", "CONSUMER"] as const) {
      const caller = await as(role);
      await expect(caller.overview()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.run({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
