// A synthetic allocation instance from a seeded PRNG (the planning bench): SKUs x zones pools,
// clusters on a map growing a share of the SKUs, capacity around demand, contracts with minimums
// for some, transport by distance. Same seed, same instance.
import { DEFAULT_PENALTIES, type PlanInputs } from "./model";

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SyntheticOptions = {
  skus: number;
  zones: number;
  clusters: number;
  seed: number;
  /** Share of clusters growing each SKU (default 0.35). */
  growShare?: number;
  /** Capacity over demand per SKU, on average (default 1.05; each SKU varies +-20%). */
  capacityCover?: number;
  /** A cluster reaches the zones within this distance (map 100 x 100) and always its 4 nearest (default 55). */
  reach?: number;
};

/** skus x zones pools (every one with demand) over `clusters` clusters. */
export function syntheticInstance(o: SyntheticOptions): PlanInputs {
  const rnd = prng(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const zones = Array.from({ length: o.zones }, (_, z) => ({ id: `Z${String(z).padStart(2, "0")}`, x: rnd() * 100, y: rnd() * 100 }));
  const clusters = Array.from({ length: o.clusters }, (_, c) => ({ id: `C${String(c).padStart(2, "0")}`, x: rnd() * 100, y: rnd() * 100 }));
  const inputs: PlanInputs = { version: 1, isoWeek: "2026-W49", pools: [], capacity: [], contracts: [], lanes: [], skus: [], previous: null, penalties: DEFAULT_PENALTIES };
  for (const c of clusters) {
    const byDistance = zones.map((z) => ({ z, d: Math.hypot(c.x - z.x, c.y - z.y) })).sort((a, b) => a.d - b.d);
    byDistance.forEach(({ z, d }, rank) => {
      if (d <= (o.reach ?? 55) || rank < 4) inputs.lanes.push({ clusterId: c.id, zoneId: z.id, perKgMinor: 5 + Math.round(d * 0.6) });
    });
  }
  for (let s = 0; s < o.skus; s++) {
    const skuId = `S${String(s).padStart(4, "0")}`;
    const basePrice = int(60, 400);
    inputs.skus.push({ skuId, grossWeightG: int(150, 1200), retailPriceMinor: basePrice * 2 + int(0, 100) });
    let demand = 0;
    for (const z of zones) {
      const units = int(5, 120);
      demand += units;
      inputs.pools.push({ poolId: `${skuId}-${z.id}`, skuId, zoneId: z.id, units });
    }
    const growers = clusters.filter(() => rnd() < (o.growShare ?? 0.35));
    if (growers.length === 0) growers.push(clusters[int(0, clusters.length - 1)]!);
    const cover = (o.capacityCover ?? 1.05) * (0.8 + rnd() * 0.4);
    for (const c of growers) {
      const units = Math.round(((demand * cover) / growers.length) * (0.5 + rnd()));
      inputs.capacity.push({ clusterId: c.id, skuId, units, confidence: Number((0.6 + rnd() * 0.4).toFixed(2)) });
      if (rnd() < 0.85) {
        const min = rnd() < 0.3 ? Math.round(units * 0.3) : 0;
        inputs.contracts.push({ contractId: `K-${c.id}-${skuId}`, clusterId: c.id, skuId, unitPriceMinor: Math.round(basePrice * (0.85 + rnd() * 0.3)), minWeeklyUnits: min, maxWeeklyUnits: Math.max(min, Math.round(units * 1.2)) });
      }
    }
  }
  return inputs;
}
