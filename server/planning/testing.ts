// A seeded-like planning world for integration tests: 4 zones with delivery slots, 3 clusters of
// 2 farms (500 m2 facilities), 6 SKUs with retail prices, contracts (some with minimums),
// capacity, transport lanes and closed demand pools for one week. SKU 0 is laid out so that a
// capacity drop at the north cluster has a cheap "chain" answer (move two clusters) and a stable
// one (bring in a third): re-plans must take the stable one.
import type { Db } from "@/lib/db";
import { addDays, dateInWeek } from "@/lib/iso-week";
import { GROWS_ATTRIBUTE } from "@/server/supply";
import { makeHub } from "../testing/factories";
import { makeLocation } from "../testing/inventory";

export type PlanWorld = Awaited<ReturnType<typeof planWorld>>;

// perKg per cluster (rows) and zone (columns); SKU 0 weighs 1 kg so these are its unit transport costs.
const LANES = [
  [0, 60, 30, 45], // north (A)
  [40, 20, 25, 10], // south (B)
  [10, 10, 35, 30], // east (C)
];
// Units of each SKU per zone (SKU 0 only in zones 0 and 1).
const DEMAND = [
  [30, 30, 0, 0],
  [40, 25, 35, 20],
  [12, 18, 0, 9],
  [60, 45, 50, 40],
  [25, 0, 30, 15],
  [8, 14, 10, 12],
];
// [cluster, sku, price, min, max, capacity, confidence]; capacity null = none declared.
const SUPPLY: [number, number, number, number, number, number | null, number][] = [
  [0, 0, 100, 0, 200, 30, 0.9], [1, 0, 100, 0, 200, 100, 0.9], [2, 0, 100, 0, 200, 30, 0.9],
  [0, 1, 80, 20, 90, 70, 0.8], [1, 1, 90, 0, 80, 60, 0.95],
  [1, 2, 150, 0, 60, 25, 0.5], [2, 2, 140, 10, 60, 30, 0.9],
  [0, 3, 60, 30, 150, 120, 0.9], [2, 3, 55, 0, 150, 60, 0.7],
  [0, 4, 120, 50, 120, 100, 0.9], [1, 4, 115, 0, 100, null, 0.9],
  [2, 5, 200, 0, 30, 20, 0.9],
];

/** Builds the world for `isoWeek` (pools CLOSED unless `open`). */
export async function planWorld(db: Db, opts: { isoWeek: string; open?: boolean }) {
  const hub = await makeHub(db);
  const warehouse = await makeLocation(db, hub.id);
  const category = await db.category.create({ data: { hubId: hub.id, slug: "veg", name: "Vegetables" } });
  const tax = await db.taxCategory.create({ data: { hubId: hub.id, code: "FOOD", name: "Food", rateBasisPoints: 900 } });
  const skus: { id: string; code: string }[] = [];
  for (let s = 0; s < DEMAND.length; s++) {
    const product = await db.product.create({ data: { hubId: hub.id, categoryId: category.id, taxCategoryId: tax.id, slug: `veg-${s}`, name: `Veg ${s}` } });
    const sku = await db.sku.create({
      data: { hubId: hub.id, productId: product.id, code: `VEG-${s}`, name: "1 kg box", packQuantity: 1, packUnit: "KG", packaging: "box", grossWeightG: s === 0 ? 1000 : 400 + 100 * s, volumeMl: 2000, shelfLifeDays: 7, storageTempMinC: 4, storageTempMaxC: 8 },
    });
    await db.price.create({ data: { hubId: hub.id, skuId: sku.id, channel: "RETAIL", amountMinor: 250 + 50 * s, currency: "EUR", validFrom: new Date("2026-01-01T00:00:00Z") } });
    skus.push(sku);
  }
  const zones = [];
  for (let z = 0; z < 4; z++) {
    const zone = await db.deliveryZone.create({ data: { hubId: hub.id, code: `Z${z}`, name: `Zone ${z}`, postcodePrefixes: [`3${z}`], fulfilmentLocationId: warehouse.id } });
    // Zones 0 and 2 deliver from Tuesday, 1 and 3 from Thursday (and again on Friday).
    for (const weekday of z % 2 === 0 ? [2, 5] : [4, 5]) {
      const date = dateInWeek(opts.isoWeek, weekday);
      const startsAt = new Date(date.getTime() + 8 * 3_600_000);
      await db.deliverySlot.create({ data: { hubId: hub.id, zoneId: zone.id, date, startsAt, endsAt: new Date(startsAt.getTime() + 4 * 3_600_000), cutoffAt: addDays(startsAt, -2), capacity: 50 } });
    }
    zones.push(zone);
  }
  const clusters = [];
  const farms: { id: string; clusterId: string }[] = [];
  for (const [c, name] of ["north", "south", "east"].entries()) {
    const cluster = await db.organisation.create({ data: { hubId: hub.id, kind: "CLUSTER", code: `CL-${name.toUpperCase()}`, name: `Cluster ${name}` } });
    clusters.push(cluster);
    const grown = SUPPLY.filter((x) => x[0] === c).map((x) => skus[x[1]]!.id);
    for (let f = 0; f < 2; f++) {
      // The second farm grows only the cluster's first SKU.
      const farm = await db.organisation.create({
        data: { hubId: hub.id, kind: "FARM", code: `FM-${name.toUpperCase()}-${f}`, name: `Farm ${name} ${f}`, parentId: cluster.id, attributes: { [GROWS_ATTRIBUTE]: f === 0 ? grown : grown.slice(0, 1) } },
      });
      for (let k = 0; k < 2 - f; k++) await db.facility.create({ data: { hubId: hub.id, farmId: farm.id, code: `FAC-${name}-${f}-${k}`, name: "Field", kind: "OPEN_FIELD", areaM2: 500 } });
      farms.push({ id: farm.id, clusterId: cluster.id });
    }
    for (const [z, zone] of zones.entries()) await db.transportCost.create({ data: { hubId: hub.id, clusterId: cluster.id, zoneId: zone.id, perKgMinor: LANES[c]![z]! } });
  }
  for (const [c, s, price, min, max, capacity, confidence] of SUPPLY) {
    await db.growerContract.create({ data: { hubId: hub.id, clusterId: clusters[c]!.id, skuId: skus[s]!.id, seasonStartWeek: "2026-W01", seasonEndWeek: "2027-W52", unitPriceMinor: price, minWeeklyUnits: min, maxWeeklyUnits: max } });
    if (capacity !== null) await db.capacitySnapshot.create({ data: { hubId: hub.id, clusterId: clusters[c]!.id, skuId: skus[s]!.id, isoWeek: opts.isoWeek, units: capacity, confidence } });
  }
  for (const [s, row] of DEMAND.entries()) {
    for (const [z, units] of row.entries()) {
      if (units === 0) continue;
      await db.demandPool.create({
        data: { hubId: hub.id, skuId: skus[s]!.id, zoneId: zones[z]!.id, isoWeek: opts.isoWeek, orderedUnits: units - Math.floor(units / 3), b2bUnits: Math.floor(units / 3), status: opts.open ? "OPEN" : "CLOSED", closedAt: opts.open ? null : new Date() },
      });
    }
  }
  return { hub, skus, zones, clusters, farms, isoWeek: opts.isoWeek };
}
