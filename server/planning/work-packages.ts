// Farm work packages of a plan: each cluster's volume of a SKU (allocated + surplus bought for a
// contract minimum) split across its farms by the area they give the crop and what they delivered
// before, to be harvested the day before the first delivery day of the week in the zones served.
import type { DbOrTx } from "@/lib/db";
import { addDays, dateInWeek, weekStart } from "@/lib/iso-week";
import { farmsOfCluster } from "@/server/supply";
import { splitAcrossFarms, type PlanResult } from "./model";

export type WorkPackageDraft = { clusterId: string; farmId: string; skuId: string; targetUnits: number; harvestDate: Date };

/** Earliest delivery date of the week per zone: active slots first, the zone's delivery windows otherwise. */
export async function firstDeliveryDays(db: DbOrTx, q: { hubId: string; isoWeek: string }): Promise<Map<string, Date>> {
  const monday = weekStart(q.isoWeek);
  const slots = await db.deliverySlot.groupBy({
    by: ["zoneId"],
    where: { hubId: q.hubId, active: true, date: { gte: monday, lte: addDays(monday, 6) } },
    _min: { date: true },
  });
  const out = new Map<string, Date>();
  for (const s of slots) if (s._min.date) out.set(s.zoneId, s._min.date);
  const windows = await db.deliveryWindow.groupBy({ by: ["zoneId"], where: { hubId: q.hubId, active: true }, _min: { weekday: true } });
  for (const w of windows) if (!out.has(w.zoneId) && w._min.weekday) out.set(w.zoneId, dateInWeek(q.isoWeek, w._min.weekday));
  return out;
}

/** Harvest date: the day before the earliest first delivery day among `zoneIds` (any zone, then Monday, as fallbacks). */
export function harvestDateFor(zoneIds: readonly string[], firstDays: Map<string, Date>, isoWeek: string): Date {
  const served = zoneIds.map((z) => firstDays.get(z)).filter((d): d is Date => !!d);
  const candidates = served.length > 0 ? served : [...firstDays.values()];
  const first = candidates.length > 0 ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : weekStart(isoWeek);
  return addDays(first, -1);
}

/** Work packages for every cluster x SKU with volume in the plan. */
export async function draftWorkPackages(db: DbOrTx, q: { hubId: string; isoWeek: string; result: PlanResult }): Promise<WorkPackageDraft[]> {
  const volumes = q.result.volumes.filter((v) => v.allocatedUnits + v.surplusUnits > 0);
  if (volumes.length === 0) return [];
  const firstDays = await firstDeliveryDays(db, q);
  const zonesServed = new Map<string, string[]>();
  for (const a of q.result.allocations) {
    const k = `${a.clusterId}|${a.skuId}`;
    zonesServed.set(k, [...(zonesServed.get(k) ?? []), a.zoneId]);
  }
  const clusterIds = [...new Set(volumes.map((v) => v.clusterId))].sort();
  const farms = new Map(await Promise.all(clusterIds.map(async (clusterId) => [clusterId, await farmsOfCluster(db, { hubId: q.hubId, clusterId })] as const)));
  const drafts: WorkPackageDraft[] = [];
  for (const v of volumes) {
    const harvestDate = harvestDateFor(zonesServed.get(`${v.clusterId}|${v.skuId}`) ?? [], firstDays, q.isoWeek);
    for (const share of splitAcrossFarms(v.allocatedUnits + v.surplusUnits, farms.get(v.clusterId) ?? [], v.skuId)) {
      drafts.push({ clusterId: v.clusterId, farmId: share.farmId, skuId: v.skuId, targetUnits: share.units, harvestDate });
    }
  }
  return drafts;
}
