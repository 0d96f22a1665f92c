// Lots: which farm harvested what, when, where it was received, its grade and quantity.
// Lot n depends only on n (and the fixed catalogue and farms), so the small set is a prefix of the full one.
import type { QcGrade } from "@/generated/prisma/client";
import { EXTRA_CROPS, PRODUCE } from "../data/catalog";
import { lotId, pad } from "../ids";
import type { FarmRef } from "../organisations";
import { rngFor, type Rng } from "../random";
import type { SkuInfo } from "./catalog";
import { DAY, HOUR, addMs, hubDay } from "./time";

export type SiteRef = { id: string; code: string; name: string; kind: "PACKHOUSE" | "WAREHOUSE" | "VENDOR_SHOP"; owner: string };

export type LotFact = {
  n: number; id: string; code: string; sku: SkuInfo; farm: FarmRef; receivedAt: SiteRef;
  harvestedAt: Date; receiptAt: Date; bestBefore: Date; ageDays: number; grade: QcGrade; quantity: number;
};

/** A farm grows its cluster's signature crops (organisations.ts) plus one or two extras. */
export function farmCrops(farm: FarmRef): string[] {
  const rng = rngFor("farm-extras", farm.n);
  return [...farm.mainCrops, ...rng.sample(EXTRA_CROPS[farm.clusterKey], rng.int(1, 2))];
}

/** Farms able to supply each crop; products that need organic certification only get certified farms. */
export function suppliersByProduct(farms: readonly FarmRef[], isOrganic: (farm: FarmRef) => boolean): Map<string, FarmRef[]> {
  const crops = new Map(farms.map((f) => [f.id, farmCrops(f)]));
  const bySlug = new Map<string, FarmRef[]>();
  for (const p of PRODUCE) {
    const growers = farms.filter((f) => crops.get(f.id)!.includes(p.crop) && (!p.slug.startsWith("organic-") || isOrganic(f)));
    bySlug.set(p.slug, growers);
  }
  return bySlug;
}

const GRADES: [QcGrade, number][] = [["EXTRA", 15], ["CLASS_I", 70], ["CLASS_II", 15]];

/**
 * Days since harvest. Most lots have three or more days of shelf life left (skewed towards fresh);
 * some short-lived ones are within two days of best-before and a few are past it, so the
 * warehouse screens have expiring and expired stock to show.
 */
export function harvestAge(rng: Rng, shelfLifeDays: number): number {
  const r = rng.next();
  if (shelfLifeDays <= 12 && r < 0.07) return Math.min(10, Math.max(1, shelfLifeDays - rng.int(0, 2)));
  if (shelfLifeDays <= 8 && r < 0.1) return Math.min(10, shelfLifeDays + rng.int(1, 2));
  const maxAge = Math.max(1, Math.min(10, shelfLifeDays - 3));
  return 1 + Math.floor(maxAge * rng.next() ** 1.6);
}

export type LotContext = {
  reference: Date;
  /** In-season SKUs, cycled through so every one of them has lots at both scales. */
  skus: readonly SkuInfo[];
  suppliers: Map<string, FarmRef[]>;
  packhouses: readonly SiteRef[];
  warehouses: readonly SiteRef[];
};

export function buildLotFact(ctx: LotContext, n: number): LotFact {
  const rng = rngFor("lot", n);
  const sku = ctx.skus[(n - 1) % ctx.skus.length]!;
  const growers = ctx.suppliers.get(sku.productSlug) ?? [];
  if (growers.length === 0) throw new Error(`no farm grows ${sku.productSlug}`);
  const farm = rng.pick(growers);
  const ownPackhouses = ctx.packhouses.filter((p) => p.owner === farm.clusterKey);
  // Most harvests go to the cluster's packhouse; some farms deliver straight to a warehouse.
  const receivedAt = rng.chance(0.75) && ownPackhouses.length > 0 ? rng.pick(ownPackhouses) : rng.pick(ctx.warehouses);
  const ageDays = harvestAge(rng, sku.shelfLifeDays);
  const harvestDay = addMs(hubDay(ctx.reference), -ageDays * DAY);
  // Picked between 05:00 and 10:00 UTC (early morning in the hub), received a few hours later.
  const harvestedAt = addMs(harvestDay, rng.float(5, 10) * HOUR);
  const receiptAt = addMs(harvestedAt, rng.float(2, 6) * HOUR);
  return {
    n, id: lotId(n), code: "", sku, farm, receivedAt, harvestedAt, receiptAt,
    bestBefore: addMs(harvestDay, sku.shelfLifeDays * DAY), ageDays,
    grade: rng.weighted(GRADES, ([, w]) => w)[0], quantity: rng.int(6, 30) * 10,
  };
}

/**
 * Lots 1..count with codes in the receiving service's format, L<yymmdd>-<nnnn> numbered per day of
 * receipt. Numbers follow lot order, so the small set keeps its codes when the full set is seeded.
 */
export function buildLotFacts(ctx: LotContext, count: number): LotFact[] {
  const perDay = new Map<string, number>();
  return Array.from({ length: count }, (_, i) => {
    const lot = buildLotFact(ctx, i + 1);
    const day = hubDay(lot.receiptAt).toISOString().slice(2, 10).replaceAll("-", "");
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    return { ...lot, code: `L${day}-${pad(seq, 4)}` };
  });
}
