// Splitting whole units by weights (largest remainder) and the weights of farms in a cluster for
// one SKU: facility area given to the crop, and what each farm delivered of it before.

/**
 * Whole-unit shares of `total` proportional to `weights` that sum exactly to `total`
 * (largest remainder; ties go to the earlier index). All-zero weights split evenly.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0 || total <= 0) return weights.map(() => 0);
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  const w = sum > 0 ? weights.map((x) => Math.max(0, x) / sum) : weights.map(() => 1 / weights.length);
  const exact = w.map((x) => x * total);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x + 1e-9) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]!.i]! += 1;
  return out;
}

export type FarmForSplit = { farmId: string; areaM2: number; skuIds: string[]; harvestedUnitsBySku: Record<string, number> };

/**
 * Weights of the farms that grow `skuId` (all farms when none declares it): half by the area each
 * can give the crop (its growing area over the number of crops it grows), half by its share of the
 * SKU delivered before; area alone when nobody has delivered it yet.
 */
export function farmWeights(farms: readonly FarmForSplit[], skuId: string): { farmId: string; weight: number }[] {
  const growers = farms.filter((f) => f.skuIds.includes(skuId));
  const pool = growers.length > 0 ? growers : farms;
  const area = pool.map((f) => f.areaM2 / Math.max(1, f.skuIds.length));
  const history = pool.map((f) => f.harvestedUnitsBySku[skuId] ?? 0);
  const areaSum = area.reduce((s, x) => s + x, 0);
  const historySum = history.reduce((s, x) => s + x, 0);
  return pool.map((f, i) => {
    const byArea = areaSum > 0 ? area[i]! / areaSum : 1 / pool.length;
    const weight = historySum > 0 ? 0.5 * byArea + 0.5 * (history[i]! / historySum) : byArea;
    return { farmId: f.farmId, weight };
  });
}

/** A cluster's units of a SKU split across its farms (farms with a zero share are left out). */
export function splitAcrossFarms(total: number, farms: readonly FarmForSplit[], skuId: string): { farmId: string; units: number }[] {
  const weights = farmWeights(farms, skuId);
  const units = largestRemainder(total, weights.map((w) => w.weight));
  return weights.map((w, i) => ({ farmId: w.farmId, units: units[i]! })).filter((x) => x.units > 0);
}
