// Supply rows of the demo hub, pure: which SKUs each farm grows (crop -> SKU), weekly capacity per
// cluster x SKU for the current and next 12 weeks, season contracts and cluster -> zone transport.
// Capacity is sized from the weekly demand the order history shows, so most SKUs are covered
// with room to spare and a few run short in some weeks (the planner's shortages).
import type { Prisma } from "@/generated/prisma/client";
import { addWeeks, weeksBetween } from "@/lib/iso-week";
import { PRODUCE } from "../data/catalog";
import { ZONES, zoneId } from "../demo-commerce";
import { TOWNS } from "../geo";
import { CLUSTERS, clusterId, skuId, type ClusterKey } from "../ids";
import { clusterCentre, type FarmRef } from "../organisations";
import { rngFor } from "../random";
import { farmCrops } from "./lots";
import { farmSchemes } from "./provenance";
import { DAY, addMs } from "./time";

/** The current week and the 12 after it: the planning horizon coordinators declare for. */
export const SUPPLY_WEEKS = 13;
/** SKUs that run short in some weeks (of those with real demand). */
const SHORT_SKUS = 6;

const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "_");

type SkuFact = { id: string; code: string; crop: string; organic: boolean; outOfSeason: boolean; retail: number };
const SKUS: readonly SkuFact[] = PRODUCE.flatMap((p) => p.skus.map((s) => ({
  id: skuId(s.code), code: s.code, crop: p.crop, organic: p.slug.startsWith("organic-"), outOfSeason: p.outOfSeason === true, retail: s.retail,
})));

/** SKU ids of every product grown from a crop ("tomatoes" -> cherry, plum, vine and beefsteak packs). */
export function skusOfCrop(crop: string): string[] {
  return SKUS.filter((s) => s.crop === crop).map((s) => s.id);
}

/** SKU ids a farm grows: its crops' SKUs, organic products only on certified organic farms. */
export function farmSkuIds(farm: FarmRef): string[] {
  const crops = new Set(farmCrops(farm));
  const organic = farmSchemes(farm).includes("EU_ORGANIC");
  return SKUS.filter((s) => crops.has(s.crop) && (!s.organic || organic)).map((s) => s.id).sort();
}

export type SupplyInput = {
  hubId: string;
  /** The week of the seed's reference date: capacity runs from it for SUPPLY_WEEKS weeks. */
  currentWeek: string;
  reference: Date;
  farms: readonly FarmRef[];
  /** Growing area per farm id. */
  farmArea: ReadonlyMap<string, number>;
  /** Average weekly units ordered per SKU id (recent history). */
  weeklyDemand: ReadonlyMap<string, number>;
  /** Who declared: the demo coordinator for the first cluster, the demo planner for the others. */
  declarer: Record<ClusterKey, string | null>;
};

type Cell = { cluster: ClusterKey; sku: SkuFact; week: string; h: number; units: number; confidence: number };

/** Each cluster's growing area per SKU: the summed area of its farms that grow it. */
function areasBySku(input: SupplyInput): Map<string, Map<ClusterKey, number>> {
  const out = new Map<string, Map<ClusterKey, number>>();
  for (const farm of input.farms) {
    const area = input.farmArea.get(farm.id) ?? 0;
    for (const id of farmSkuIds(farm)) {
      const byCluster = out.get(id) ?? new Map<ClusterKey, number>();
      byCluster.set(farm.clusterKey, (byCluster.get(farm.clusterKey) ?? 0) + area);
      out.set(id, byCluster);
    }
  }
  return out;
}

/** SKUs with real demand that the seed makes scarce in some weeks (deterministic). */
export function shortSkuIds(weeklyDemand: ReadonlyMap<string, number>): Set<string> {
  const candidates = SKUS.filter((s) => (weeklyDemand.get(s.id) ?? 0) >= 20 && !s.outOfSeason).map((s) => s.id);
  return new Set(rngFor("supply-short").sample(candidates, SHORT_SKUS));
}

/** Capacity cells: total supply per SKU-week is demand x coverage, split by the clusters' growing area. */
function capacityCells(input: SupplyInput): Cell[] {
  const areas = areasBySku(input);
  const short = shortSkuIds(input.weeklyDemand);
  const cells: Cell[] = [];
  for (const sku of SKUS) {
    const demand = input.weeklyDemand.get(sku.id) ?? 0;
    const growers = areas.get(sku.id);
    if (sku.outOfSeason || demand <= 0 || !growers) continue;
    const totalArea = [...growers.values()].reduce((a, b) => a + b, 0);
    for (let h = 0; h < SUPPLY_WEEKS; h++) {
      const week = addWeeks(input.currentWeek, h);
      const rng = rngFor("supply-week", sku.code, week);
      const scarce = short.has(sku.id) && rng.chance(0.45);
      // Demand grows about 1 % a week in the history; supply keeps pace.
      const coverage = (scarce ? rng.float(0.62, 0.88) : rng.float(1.12, 1.4)) * (1 + 0.01 * h);
      for (const [cluster, area] of growers) {
        const jitter = rngFor("supply-cell", cluster, sku.code, week).float(0.92, 1.08);
        const units = Math.round(demand * coverage * (area / totalArea) * jitter);
        const base = scarce ? 0.72 : 0.97 - 0.02 * h;
        const confidence = Math.round(Math.min(0.98, Math.max(0.5, base - rng.float(0, 0.06))) * 100) / 100;
        cells.push({ cluster, sku, week, h, units, confidence });
      }
    }
  }
  return cells;
}

const REVISIONS = [
  "Hail damage on the open field",
  "Slower growth in the cold weeks",
  "Second polytunnel now in production",
  "Two pickers short in harvest week",
  "Better yield than planned",
] as const;

export const capacitySnapshotId = (cluster: ClusterKey, skuCode: string, week: string) => `cap_${cluster}_${key(skuCode)}_${key(week)}`;

/** Snapshots with their declaration history: every cell declared two weeks ago, some revised since. */
export function buildCapacity(input: SupplyInput) {
  const snapshots: Prisma.CapacitySnapshotCreateManyInput[] = [];
  const changes: Prisma.CapacityChangeCreateManyInput[] = [];
  const declaredAt = addMs(input.reference, -14 * DAY);
  for (const c of capacityCells(input)) {
    const id = capacitySnapshotId(c.cluster, c.sku.code, c.week);
    const by = input.declarer[c.cluster];
    const rng = rngFor("supply-revision", id);
    // Near weeks of the demo cluster get revised more often, so its history drawer has stories.
    const revised = c.h <= 5 && rng.chance(c.cluster === CLUSTERS[0].key ? 0.18 : 0.06);
    const after = revised ? Math.max(0, Math.round(c.units * rng.float(0.8, 1.12))) : c.units;
    const reason = revised ? rng.pick(REVISIONS) : "";
    snapshots.push({
      id, hubId: input.hubId, clusterId: clusterId(c.cluster), skuId: c.sku.id, isoWeek: c.week, units: after, confidence: c.confidence,
      version: revised ? 2 : 1, declaredById: by, note: reason, updatedAt: revised ? addMs(input.reference, -rng.int(1, 6) * DAY) : declaredAt,
    });
    changes.push({ id: `${id}_v1`, snapshotId: id, beforeUnits: null, afterUnits: c.units, beforeConfidence: null, afterConfidence: c.confidence, actorUserId: by, reason: "Season plan", createdAt: declaredAt });
    if (revised) {
      changes.push({
        id: `${id}_v2`, snapshotId: id, beforeUnits: c.units, afterUnits: after, beforeConfidence: c.confidence, afterConfidence: c.confidence,
        actorUserId: by, reason, createdAt: snapshots.at(-1)!.updatedAt as Date,
      });
    }
  }
  return { snapshots, changes };
}

/**
 * One contract per cluster x SKU it has capacity for, over a season around the horizon: a price
 * below retail (ex VAT) that differs by cluster, a minimum the cluster can always meet and a
 * maximum a little above its largest declared week.
 */
export function buildContracts(input: SupplyInput, snapshots: readonly Prisma.CapacitySnapshotCreateManyInput[]): Prisma.GrowerContractCreateManyInput[] {
  const bands = new Map<string, { cluster: string; skuId: string; min: number; max: number }>();
  for (const s of snapshots) {
    const k = `${s.clusterId}|${s.skuId}`;
    const band = bands.get(k) ?? { cluster: s.clusterId, skuId: s.skuId, min: Infinity, max: 0 };
    band.min = Math.min(band.min, s.units);
    band.max = Math.max(band.max, s.units);
    bands.set(k, band);
  }
  const retail = new Map(SKUS.map((s) => [s.id, s.retail]));
  return [...bands.values()].map((b) => {
    const rng = rngFor("supply-contract", b.cluster, b.skuId);
    const share = rng.float(0.42, 0.6);
    const maxWeeklyUnits = Math.max(1, Math.ceil(b.max * 1.1));
    return {
      id: `gc_${key(b.cluster)}_${key(b.skuId)}`, hubId: input.hubId, clusterId: b.cluster, skuId: b.skuId,
      seasonStartWeek: addWeeks(input.currentWeek, -20), seasonEndWeek: addWeeks(input.currentWeek, 32),
      unitPriceMinor: Math.max(1, Math.round(((retail.get(b.skuId) ?? 100) / 1.09) * share)),
      minWeeklyUnits: Math.floor(b.min * rng.float(0.15, 0.3)), maxWeeklyUnits, createdAt: addMs(input.reference, -20 * 7 * DAY),
    };
  });
}

const KM_PER_DEG_LAT = 111.2;
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dy = (a.latitude - b.latitude) * KM_PER_DEG_LAT;
  const dx = (a.longitude - b.longitude) * KM_PER_DEG_LAT * Math.cos((((a.latitude + b.latitude) / 2) * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

/** A zone's centre: its towns' centres weighted by population. */
export function zoneCentre(code: string): { latitude: number; longitude: number } {
  const zone = ZONES.find((z) => z.code === code)!;
  const towns = zone.towns.map((name) => TOWNS.find((t) => t.name === name)!);
  const pop = towns.reduce((s, t) => s + t.pop, 0);
  return { latitude: towns.reduce((s, t) => s + t.lat * t.pop, 0) / pop, longitude: towns.reduce((s, t) => s + t.lng * t.pop, 0) / pop };
}

/** Per-kg cost of every cluster -> zone lane: a fixed handling part plus road distance (x1.3 of straight). */
export function buildTransport(hubId: string): Prisma.TransportCostCreateManyInput[] {
  return CLUSTERS.flatMap((c) => ZONES.map((z) => ({
    hubId, clusterId: clusterId(c.key), zoneId: zoneId(z.code),
    perKgMinor: Math.round(6 + 0.9 * 1.3 * km(clusterCentre(c.key), zoneCentre(z.code))),
  })));
}

/** Weeks from the season start, for tests: a contract covers every capacity week. */
export const seasonCovers = (c: { seasonStartWeek: string; seasonEndWeek: string }, week: string) =>
  weeksBetween(c.seasonStartWeek, week) >= 0 && weeksBetween(week, c.seasonEndWeek) >= 0;
