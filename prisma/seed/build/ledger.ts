// An in-memory stock ledger for the seed: every booking appends a movement and updates the
// (location, lot) balance, exactly as the inventory contract says, so balances always equal the
// sum of movement deltas and can never go negative.
import type { AdjustmentReason, MovementKind, Prisma } from "@/generated/prisma/client";
import type { LotFact, SiteRef } from "./lots";

export type MovementRow = Prisma.StockMovementCreateManyInput & { createdAt: Date };
type Extra = { reference?: string; transferId?: string; adjustmentId?: string; reason?: AdjustmentReason | null; actorUserId?: string };

/** Idempotency key of a seeded movement: a lot is received once per location, moved once per transfer, adjusted once per adjustment. */
export const movementKey = (m: Pick<MovementRow, "kind" | "lotId" | "locationId" | "transferId" | "adjustmentId">) =>
  `${m.kind}|${m.lotId}|${m.locationId}|${m.transferId ?? ""}|${m.adjustmentId ?? ""}`;

export type Ledger = ReturnType<typeof createLedger>;

export function createLedger(hubId: string, actorUserId: string) {
  /** Stock of a lot at a location: since = first arrival, lastAt = latest booking (the balance's updatedAt). */
  type Place = { site: SiteRef; lot: LotFact; qty: number; since: Date; lastAt: Date };
  const onHand = new Map<string, Place>();
  const byLot = new Map<string, Place[]>();
  const movements: MovementRow[] = [];
  const key = (site: SiteRef, lot: LotFact) => `${site.id}|${lot.id}`;

  return {
    movements,
    /** Units of a lot at a location now. */
    stock: (site: SiteRef, lot: LotFact) => onHand.get(key(site, lot))?.qty ?? 0,
    /** When the lot arrived at the location (stock cannot leave before that). */
    since: (site: SiteRef, lot: LotFact) => onHand.get(key(site, lot))?.since,
    /** Where the lot is, in order of arrival, with what is left there. */
    placesOf: (lot: LotFact): readonly Place[] => byLot.get(lot.id) ?? [],
    balances: () => [...onHand.values()],

    /** Books a signed on-hand change; throws if the balance would go negative (a bug in the story). */
    book(kind: MovementKind, site: SiteRef, lot: LotFact, delta: number, at: Date, extra: Extra = {}) {
      const k = key(site, lot);
      let place = onHand.get(k);
      if (!place) {
        place = { site, lot, qty: 0, since: at, lastAt: at };
        onHand.set(k, place);
        byLot.set(lot.id, [...(byLot.get(lot.id) ?? []), place]);
      }
      if (place.qty + delta < 0) throw new Error(`seed ledger: ${kind} ${delta} of ${lot.code} at ${site.code} leaves ${place.qty + delta}`);
      place.qty += delta;
      if (at > place.lastAt) place.lastAt = at;
      movements.push({
        hubId, kind, locationId: site.id, skuId: lot.sku.id, lotId: lot.id, quantity: Math.abs(delta), onHandDelta: delta, reservedDelta: 0,
        reference: extra.reference ?? null, transferId: extra.transferId ?? null, adjustmentId: extra.adjustmentId ?? null,
        reason: extra.reason ?? null, actorUserId: extra.actorUserId ?? actorUserId, createdAt: at,
      });
    },
  };
}
