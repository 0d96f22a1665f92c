// The stock story obeys the inventory contract without a database: balances are the sum of
// movement deltas, nothing goes negative in time order, and the state is deterministic and grows by prefix.
import { describe, expect, it } from "vitest";
import { PRODUCE } from "../data/catalog";
import { DEMO_LOCATIONS, SEED_REFERENCE_DATE } from "../demo-catalog";
import { buildFarms } from "../organisations";
import { EXPIRY_WINDOW_DAYS } from "./alerts";
import { buildInventory, stockSites } from "./inventory";
import { farmCrops } from "./lots";
import { farmSchemes } from "./provenance";
import { APPROVAL_THRESHOLD, LOT_BLOCK } from "./stock";
import { DAY, hubDay } from "./time";

const options = { hubId: "hub_x", currency: "EUR", reference: SEED_REFERENCE_DATE, actorId: "usr_wh", approverId: "usr_admin" };
const small = buildInventory({ ...options, lotCount: 8 * LOT_BLOCK });
const farms = new Map(buildFarms("hub_x").refs.map((f) => [f.id, f]));
const sites = stockSites("hub_x");
const kindOf = new Map([...sites.packhouses, ...sites.warehouses, ...sites.shops].map((s) => [s.id, s.kind]));
const today = hubDay(SEED_REFERENCE_DATE);

describe("stock builder", () => {
  it("is deterministic and the small set is a prefix of a larger one", () => {
    const again = buildInventory({ ...options, lotCount: 8 * LOT_BLOCK });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const larger = buildInventory({ ...options, lotCount: 12 * LOT_BLOCK });
    expect(larger.lots.slice(0, small.lots.length)).toEqual(small.lots);
    expect(larger.transfers.slice(0, small.transfers.length)).toEqual(small.transfers);
    const largerBalances = new Map(larger.balances.map((b) => [b.id, b]));
    for (const b of small.balances) expect(largerBalances.get(b.id)).toEqual(b);
    const largerMoves = new Set(larger.movements.map((m) => JSON.stringify(m)));
    expect(small.movements.every((m) => largerMoves.has(JSON.stringify(m)))).toBe(true);
  });

  it("keeps every balance equal to the sum of its movements and never negative in time order", () => {
    const sums = new Map<string, number>();
    const running = new Map<string, number>();
    for (const m of small.movements) {
      const key = `${m.locationId}|${m.lotId}`;
      sums.set(key, (sums.get(key) ?? 0) + m.onHandDelta);
      running.set(key, (running.get(key) ?? 0) + m.onHandDelta);
      expect(running.get(key), `${m.kind} ${key}`).toBeGreaterThanOrEqual(0);
      expect(m.quantity).toBe(Math.abs(m.onHandDelta));
      expect(m.reservedDelta).toBe(0);
      expect(m.createdAt.getTime()).toBeLessThan(SEED_REFERENCE_DATE.getTime());
    }
    expect(small.balances.map((b) => [`${b.locationId}|${b.lotId}`, b.onHand]).sort()).toEqual([...sums.entries()].sort());
    const times = small.movements.map((m) => m.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("harvests each lot 1-10 days back from a farm that grows it, best-before = harvest day + shelf life", () => {
    const crops = new Map(PRODUCE.flatMap((p) => p.skus.map((s) => [s.code, p.crop] as const)));
    for (const f of small.facts) {
      const farm = farms.get(f.farm.id)!;
      expect(farmCrops(farm)).toContain(crops.get(f.sku.code));
      if (f.sku.productSlug === "organic-eggs") expect(farmSchemes(farm)).toContain("EU_ORGANIC");
      expect(f.bestBefore.getTime() - hubDay(f.harvestedAt).getTime()).toBe(f.sku.shelfLifeDays * DAY);
      const age = (today.getTime() - hubDay(f.harvestedAt).getTime()) / DAY;
      expect(age).toBeGreaterThanOrEqual(1);
      expect(age).toBeLessThanOrEqual(10);
      expect(f.receiptAt > f.harvestedAt && f.receiptAt < SEED_REFERENCE_DATE).toBe(true);
      expect(["PACKHOUSE", "WAREHOUSE"]).toContain(f.receivedAt.kind);
      if (f.receivedAt.kind === "PACKHOUSE") expect(f.receivedAt.owner).toBe(farm.clusterKey);
      expect(f.code).toMatch(/^L\d{6}-\d{4}$/);
    }
    expect(new Set(small.lots.map((l) => l.code)).size).toBe(small.lots.length);
    const daysLeft = small.facts.map((f) => (f.bestBefore.getTime() - today.getTime()) / DAY);
    expect(daysLeft.filter((d) => d < 0).length).toBeGreaterThan(0);
    expect(daysLeft.filter((d) => d >= 0 && d <= EXPIRY_WINDOW_DAYS).length).toBeGreaterThan(0);
    expect(daysLeft.filter((d) => d > EXPIRY_WINDOW_DAYS).length / daysLeft.length).toBeGreaterThan(0.8);
  });

  it("moves stock through transfers: in transit at the source only, received on both sides", () => {
    expect(small.transfers.filter((t) => t.status === "IN_TRANSIT").length).toBeGreaterThanOrEqual(2);
    expect(small.transfers.some((t) => kindOf.get(t.toLocationId) === "VENDOR_SHOP")).toBe(true);
    for (const site of Object.values(DEMO_LOCATIONS)) {
      expect(small.balances.some((b) => b.locationId === site.id && b.onHand! > 0), site.code).toBe(true);
    }
    for (const line of small.transferLines) {
      const t = small.transfers.find((x) => x.id === line.transferId)!;
      const moves = small.movements.filter((m) => m.transferId === t.id && m.lotId === line.lotId);
      const expected = [["TRANSFER_OUT", t.fromLocationId, -line.quantity]];
      if (t.status === "RECEIVED") expected.push(["TRANSFER_IN", t.toLocationId, line.receivedQuantity!]);
      expect(moves.map((m) => [m.kind, m.locationId, m.onHandDelta])).toEqual(expected);
      expect(t.code).toMatch(/^T-\d{6}$/);
    }
  });

  it("books applied adjustments once (approved by another person above the threshold) and leaves three pending", () => {
    for (const a of small.adjustments) {
      const moves = small.movements.filter((m) => m.adjustmentId === a.id);
      if (a.status === "PENDING_APPROVAL") {
        expect(moves).toEqual([]);
        const balance = small.balances.find((b) => b.locationId === a.locationId && b.lotId === a.lotId)!;
        expect(balance.onHand! + a.delta).toBeGreaterThanOrEqual(0);
        continue;
      }
      expect(moves.map((m) => m.onHandDelta)).toEqual([a.delta]);
      const big = Math.abs(a.delta) > APPROVAL_THRESHOLD;
      expect(a.decidedById).toBe(big ? "usr_admin" : null);
      if (["FOUND"].includes(a.reason)) expect(a.delta).toBeGreaterThan(0);
      if (["DAMAGED", "SPOILED", "EXPIRED", "QUALITY_REJECT", "SAMPLE"].includes(a.reason)) expect(a.delta).toBeLessThan(0);
    }
    const pending = small.adjustments.filter((a) => a.status === "PENDING_APPROVAL");
    expect(pending).toHaveLength(3);
    expect(pending.every((p) => p.locationId === DEMO_LOCATIONS.warehouse.id)).toBe(true);
    expect(pending.every((p) => Math.abs(p.delta) > APPROVAL_THRESHOLD && p.requestedById === "usr_wh" && kindOf.get(p.locationId) === "WAREHOUSE")).toBe(true);
  });

  it("records checkpoints in time order with readings judged against the SKU band, a handful outside it", () => {
    const byLot = new Map<string, typeof small.checkpoints>();
    for (const c of small.checkpoints) byLot.set(c.lotId, [...(byLot.get(c.lotId) ?? []), c]);
    for (const f of small.facts) {
      const cps = byLot.get(f.id)!;
      expect(cps.slice(0, 3).map((c) => c.kind)).toEqual(["RECEIVED", "GRADED", "COLD_STORE_IN"]);
      const times = cps.map((c) => new Date(c.recordedAt).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const c of cps) {
        if (c.temperatureC == null) continue;
        expect(c.withinBand).toBe(c.temperatureC >= f.sku.tempMinC && c.temperatureC <= f.sku.tempMaxC);
      }
    }
    const outside = small.checkpoints.filter((c) => c.withinBand === false);
    expect(outside.length).toBeGreaterThanOrEqual(3);
    expect(outside.length / small.checkpoints.length).toBeLessThan(0.02);
  });

  it("opens one alert per breach, per expiring balance and per low-stock location", () => {
    const cold = small.alerts.filter((a) => a.kind === "COLD_CHAIN");
    expect(cold.map((a) => a.openKey).sort()).toEqual(small.checkpoints.filter((c) => c.withinBand === false).map((c) => `COLD_CHAIN:${c.id}`).sort());
    expect(new Set(small.alerts.map((a) => a.openKey)).size).toBe(small.alerts.length);
    for (const a of small.alerts.filter((x) => x.kind === "EXPIRY")) {
      const f = small.facts.find((x) => x.id === a.lotId)!;
      expect((f.bestBefore.getTime() - today.getTime()) / DAY).toBeLessThanOrEqual(EXPIRY_WINDOW_DAYS);
      expect(small.balances.find((b) => b.lotId === a.lotId && b.locationId === a.locationId)!.onHand).toBeGreaterThan(0);
    }
    const low = small.alerts.filter((a) => a.kind === "LOW_STOCK");
    expect(low.length).toBeGreaterThan(0);
    expect(low.length).toBeLessThan(40);
    for (const a of low) expect(["WAREHOUSE", "PACKHOUSE"]).toContain(kindOf.get(a.locationId!));
  });

  it("samples about two lots in three, passing unless the value is over the limit", () => {
    const sampled = new Set(small.labResults.map((r) => r.lotId));
    expect(sampled.size / small.lots.length).toBeGreaterThan(0.5);
    for (const r of small.labResults) expect(r.passed).toBe(r.value <= r.limitValue);
    const failed = small.labResults.filter((r) => !r.passed).length;
    expect(failed).toBeGreaterThan(0);
    expect(failed / small.labResults.length).toBeLessThan(0.05);
    expect(small.labResults.some((r) => r.analyte === "Nitrate")).toBe(true);
  });
});
