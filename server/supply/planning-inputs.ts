// What the allocation engine reads from supply: capacity, contracts, transport costs and the
// farms of a cluster. Plain reads taking `db` first, so a plan run can pass its transaction.
import type { DbOrTx } from "@/lib/db";

export type CapacityRow = { clusterId: string; skuId: string; units: number; confidence: number; snapshotId: string; version: number };

/** Declared capacity of every cluster of the hub for one week (clusterId, skuId order). */
export async function capacityForWeek(db: DbOrTx, q: { hubId: string; isoWeek: string }): Promise<CapacityRow[]> {
  const rows = await db.capacitySnapshot.findMany({
    where: { hubId: q.hubId, isoWeek: q.isoWeek, cluster: { active: true } },
    select: { id: true, clusterId: true, skuId: true, units: true, confidence: true, version: true },
    orderBy: [{ clusterId: "asc" }, { skuId: "asc" }],
  });
  return rows.map((r) => ({ clusterId: r.clusterId, skuId: r.skuId, units: r.units, confidence: r.confidence, snapshotId: r.id, version: r.version }));
}

export type ContractRow = { contractId: string; clusterId: string; skuId: string; unitPriceMinor: number; minWeeklyUnits: number; maxWeeklyUnits: number };

/**
 * Active contracts whose season covers the week. The contract service refuses overlapping seasons
 * for one cluster and SKU; should old data still overlap, the newest contract wins.
 */
export async function contractsForWeek(db: DbOrTx, q: { hubId: string; isoWeek: string }): Promise<ContractRow[]> {
  const rows = await db.growerContract.findMany({
    where: { hubId: q.hubId, active: true, seasonStartWeek: { lte: q.isoWeek }, seasonEndWeek: { gte: q.isoWeek }, cluster: { active: true } },
    select: { id: true, clusterId: true, skuId: true, unitPriceMinor: true, minWeeklyUnits: true, maxWeeklyUnits: true },
    orderBy: [{ clusterId: "asc" }, { skuId: "asc" }, { createdAt: "desc" }, { id: "asc" }],
  });
  const seen = new Set<string>();
  const out: ContractRow[] = [];
  for (const r of rows) {
    const key = `${r.clusterId}|${r.skuId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ contractId: r.id, clusterId: r.clusterId, skuId: r.skuId, unitPriceMinor: r.unitPriceMinor, minWeeklyUnits: r.minWeeklyUnits, maxWeeklyUnits: r.maxWeeklyUnits });
  }
  return out;
}

export type TransportRow = { clusterId: string; zoneId: string; perKgMinor: number };

/** Cost per kg of every cluster -> zone lane (per unit: rules.unitTransportMinor with Sku.grossWeightG). */
export async function transportCosts(db: DbOrTx, q: { hubId: string }): Promise<TransportRow[]> {
  return db.transportCost.findMany({
    where: { hubId: q.hubId },
    select: { clusterId: true, zoneId: true, perKgMinor: true },
    orderBy: [{ clusterId: "asc" }, { zoneId: "asc" }],
  });
}

export type FarmOfCluster = {
  farmId: string;
  code: string;
  name: string;
  /** Growing area over all the farm's facilities, and per facility kind (OPEN_FIELD, GREENHOUSE...). */
  areaM2: number;
  areaByKind: Record<string, number>;
  /** SKUs the farm grows: declared on the farm (attributes.growsSkuIds) plus any it has harvested lots of. */
  skuIds: string[];
  /** Units received from the farm's lots per SKU (history for splitting work packages). */
  harvestedUnitsBySku: Record<string, number>;
};

/** Attribute on a FARM organisation listing the SKU ids it grows (written by the seed and the admin). */
export const GROWS_ATTRIBUTE = "growsSkuIds";

/** Active farms of a cluster (code order) with their facility area and what they grow. */
export async function farmsOfCluster(db: DbOrTx, q: { hubId: string; clusterId: string; historySince?: Date }): Promise<FarmOfCluster[]> {
  const farms = await db.organisation.findMany({
    where: { hubId: q.hubId, kind: "FARM", parentId: q.clusterId, active: true },
    select: { id: true, code: true, name: true, attributes: true, facilities: { select: { kind: true, areaM2: true } } },
    orderBy: { code: "asc" },
  });
  if (farms.length === 0) return [];
  const lots = await db.lot.groupBy({
    by: ["farmId", "skuId"],
    where: { hubId: q.hubId, farmId: { in: farms.map((f) => f.id) }, ...(q.historySince ? { harvestedAt: { gte: q.historySince } } : {}) },
    _sum: { receivedQuantity: true },
  });
  return farms.map((f) => {
    const areaByKind: Record<string, number> = {};
    for (const fac of f.facilities) areaByKind[fac.kind] = (areaByKind[fac.kind] ?? 0) + fac.areaM2;
    const harvestedUnitsBySku: Record<string, number> = {};
    for (const l of lots) if (l.farmId === f.id) harvestedUnitsBySku[l.skuId] = l._sum.receivedQuantity ?? 0;
    const declared = declaredSkus(f.attributes);
    const skuIds = [...new Set([...declared, ...Object.keys(harvestedUnitsBySku)])].sort();
    return { farmId: f.id, code: f.code, name: f.name, areaM2: f.facilities.reduce((s, x) => s + x.areaM2, 0), areaByKind, skuIds, harvestedUnitsBySku };
  });
}

function declaredSkus(attributes: unknown): string[] {
  if (!attributes || typeof attributes !== "object") return [];
  const value = (attributes as Record<string, unknown>)[GROWS_ATTRIBUTE];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
