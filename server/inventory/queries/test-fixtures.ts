// Stock written straight into the tables for read-side tests, following the inventory contract:
// each balance equals the sum of its movements (RECEIVE +onHand, RESERVE +reserved).
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";

const uid = () => randomBytes(4).toString("hex").toUpperCase();

export type StockOpts = {
  sku: { id: string };
  farm: { id: string; parentId: string | null };
  location: { id: string };
  /** YYYY-MM-DD */
  bestBefore: string;
  onHand: number;
  reserved?: number;
  code?: string;
  grade?: "EXTRA" | "CLASS_I" | "CLASS_II";
  actorUserId?: string;
  at?: Date;
};

/** A lot received at a location with onHand units, `reserved` of them held for a reference. */
export async function stockLot(db: Db, hubId: string, o: StockOpts) {
  const at = o.at ?? new Date("2026-11-20T08:00:00Z");
  const lot = await db.lot.create({
    data: {
      hubId, code: o.code ?? `LT-${uid()}`, skuId: o.sku.id, farmId: o.farm.id, clusterId: o.farm.parentId ?? o.farm.id, receivedAtId: o.location.id,
      harvestedAt: new Date(at.getTime() - 86_400_000), bestBefore: new Date(`${o.bestBefore}T00:00:00Z`), grade: o.grade ?? "CLASS_I", receivedQuantity: o.onHand, createdAt: at,
    },
  });
  await addStock(db, hubId, { ...o, lot, at });
  return lot;
}

/** The same lot at another location (as after a transfer): balance plus a TRANSFER_IN movement. */
export async function addStock(db: Db, hubId: string, o: Omit<StockOpts, "bestBefore" | "farm"> & { lot: { id: string; code: string }; at?: Date; kind?: "RECEIVE" | "TRANSFER_IN" }) {
  const at = o.at ?? new Date("2026-11-20T08:00:00Z");
  const reserved = o.reserved ?? 0;
  const base = { hubId, locationId: o.location.id, skuId: o.sku.id, lotId: o.lot.id, actorUserId: o.actorUserId ?? null };
  await db.stockBalance.create({ data: { hubId, locationId: o.location.id, skuId: o.sku.id, lotId: o.lot.id, onHand: o.onHand, reserved } });
  await db.stockMovement.create({ data: { ...base, kind: o.kind ?? "RECEIVE", quantity: o.onHand, onHandDelta: o.onHand, reservedDelta: 0, reference: o.lot.code, createdAt: at } });
  if (reserved > 0) {
    const reference = `order-${uid()}`;
    const reservation = await db.reservation.create({ data: { hubId, locationId: o.location.id, skuId: o.sku.id, lotId: o.lot.id, reference, quantity: reserved } });
    await db.stockMovement.create({
      data: { ...base, kind: "RESERVE", quantity: reserved, onHandDelta: 0, reservedDelta: reserved, reference, reservationId: reservation.id, createdAt: new Date(at.getTime() + 60_000) },
    });
  }
}
