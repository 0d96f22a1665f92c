// Open alerts that match the seeded state, worded like the inventory service words them:
// COLD_CHAIN per reading outside its band, EXPIRY per (location, lot) within two days of
// best-before, LOW_STOCK per stocking (location, SKU) whose unexpired availability is under threshold.
import type { Prisma } from "@/generated/prisma/client";
import type { LotFact, SiteRef } from "./lots";
import type { MovementRow } from "./ledger";
import { DAY, HOUR, MINUTE, addMs, hubDay } from "./time";

/** Days a lot may still be sold before it counts as expiring (server/inventory/queries/sql.ts EXPIRES_SOON_DAYS). */
export const EXPIRY_WINDOW_DAYS = 2;
/** Location kinds whose availability raises LOW_STOCK (server/inventory/service/lookups.ts STOCKING_KINDS). */
export const LOW_STOCK_KINDS: readonly string[] = ["WAREHOUSE", "PACKHOUSE"];

type Place = { site: SiteRef; lot: LotFact; qty: number; since: Date; lastAt: Date };
type Checkpoint = Prisma.HandlingCheckpointCreateManyInput;
type Alert = Prisma.InventoryAlertCreateManyInput;

const tail = (id: string) => id.slice(id.indexOf("_") + 1);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function coldChainAlert(hubId: string, c: Checkpoint, lot: LotFact): Alert {
  const { tempMinC: minC, tempMaxC: maxC } = lot.sku;
  return {
    id: `alr_cold_${tail(c.id!)}`, hubId, kind: "COLD_CHAIN", status: "OPEN", skuId: lot.sku.id, lotId: lot.id, locationId: c.locationId ?? null,
    message: `Lot ${lot.code} (${lot.sku.code}) read ${c.temperatureC} °C at ${c.kind.toLowerCase().replaceAll("_", " ")}; its band is ${minC}–${maxC} °C.`,
    data: { lotId: lot.id, checkpointId: c.id, temperatureC: c.temperatureC, minC, maxC, kind: c.kind },
    openKey: `COLD_CHAIN:${c.id}`, createdAt: c.recordedAt,
  };
}

export function expiryAlert(hubId: string, p: Place, reference: Date): Alert | null {
  const days = Math.round((p.lot.bestBefore.getTime() - hubDay(reference).getTime()) / DAY);
  if (p.qty <= 0 || days > EXPIRY_WINDOW_DAYS) return null;
  const when = days < 0 ? `passed best-before on ${isoDay(p.lot.bestBefore)}` : days === 0 ? "reach best-before today" : `reach best-before on ${isoDay(p.lot.bestBefore)}`;
  // Raised the morning the lot entered the window (or when it arrived, if later).
  const windowOpened = addMs(p.lot.bestBefore, -EXPIRY_WINDOW_DAYS * DAY + 5 * HOUR);
  const createdAt = new Date(Math.min(Math.max(windowOpened.getTime(), p.since.getTime()), reference.getTime() - MINUTE));
  return {
    id: `alr_exp_${tail(p.lot.id)}_${tail(p.site.id)}`, hubId, kind: "EXPIRY", status: "OPEN", skuId: p.lot.sku.id, lotId: p.lot.id, locationId: p.site.id,
    message: `Lot ${p.lot.code} (${p.lot.sku.code}) at ${p.site.name}: ${p.qty} on hand ${when}.`,
    data: { lotId: p.lot.id, locationId: p.site.id, bestBefore: isoDay(p.lot.bestBefore), daysToExpiry: days, onHand: p.qty },
    openKey: `EXPIRY:${p.site.id}:${p.lot.id}`, createdAt,
  };
}

/** Unexpired available units per stocking (location, SKU) that has balance rows. */
export function availabilityBySiteSku(places: readonly Place[], reference: Date) {
  const today = hubDay(reference);
  const sums = new Map<string, { site: SiteRef; lot: LotFact; available: number }>();
  for (const p of places) {
    if (!LOW_STOCK_KINDS.includes(p.site.kind)) continue;
    const key = `${p.site.id}|${p.lot.sku.id}`;
    const entry = sums.get(key) ?? { site: p.site, lot: p.lot, available: 0 };
    if (p.lot.bestBefore >= today) entry.available += p.qty;
    sums.set(key, entry);
  }
  return [...sums.values()];
}

export function lowStockAlerts(hubId: string, places: readonly Place[], movements: readonly MovementRow[], reference: Date): Alert[] {
  const lastMove = new Map<string, Date>();
  for (const m of movements) lastMove.set(`${m.locationId}|${m.skuId}`, m.createdAt);
  return availabilityBySiteSku(places, reference)
    .filter((e) => e.lot.sku.lowStockThreshold > 0 && e.available < e.lot.sku.lowStockThreshold)
    .map(({ site, lot, available }) => {
      const { id: skuId, code, lowStockThreshold: threshold } = lot.sku;
      return {
        id: `alr_low_${tail(site.id)}_${tail(skuId)}`, hubId, kind: "LOW_STOCK", status: "OPEN", skuId, locationId: site.id,
        message: `${code} at ${site.name}: ${available} available, below the threshold of ${threshold}.`,
        data: { skuId, locationId: site.id, available, threshold },
        openKey: `LOW_STOCK:${site.id}:${skuId}`, createdAt: lastMove.get(`${site.id}|${skuId}`) ?? addMs(reference, -MINUTE),
      };
    });
}

/** Every open alert the seeded state implies. Movements must be in time order (the last one wins). */
export function buildAlerts(hubId: string, input: { checkpoints: readonly Checkpoint[]; lots: ReadonlyMap<string, LotFact>; places: readonly Place[]; movements: readonly MovementRow[]; reference: Date }): Alert[] {
  const cold = input.checkpoints.filter((c) => c.withinBand === false).map((c) => coldChainAlert(hubId, c, input.lots.get(c.lotId)!));
  const expiry = input.places.flatMap((p) => expiryAlert(hubId, p, input.reference) ?? []);
  return [...cold, ...expiry, ...lowStockAlerts(hubId, input.places, input.movements, input.reference)];
}
