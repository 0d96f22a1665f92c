// Stock for an order edit. The inventory API returns a reference's existing reservation instead of
// reserving more, so a changed quantity is released and reserved again in full under the same
// reference (same transaction: the released units are the first candidates again).
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { releaseReservations, reserveStock } from "../../../inventory";
import type { ServiceContext } from "../../../context";
import type { LockedOrder } from "../access";
import { lineReference } from "../rules";

export type LineChange = { skuId: string; from: number; to: number };

/**
 * Applies line changes to stock: removed lines release (and are deleted), changed ones are
 * re-reserved, new ones reserved under a fresh line id. Returns skuId -> line id for lines whose
 * reservation was (re)made here. Refuses with a per-line field error when stock is short.
 */
export async function restock(tx: Tx, ctx: ServiceContext, order: LockedOrder, lines: Array<{ id: string; skuId: string }>, changes: LineChange[]): Promise<Map<string, string>> {
  const stockCtx = { ...ctx, db: tx };
  const bySku = new Map(lines.map((l) => [l.skuId, l.id]));
  const made = new Map<string, string>();
  // Changes are sorted by SKU: concurrent edits lock balance rows in the same order (no deadlocks).
  for (const change of changes) {
    const lineId = bySku.get(change.skuId);
    if (lineId) await releaseReservations(stockCtx, { reference: lineReference(lineId) });
    if (change.to === 0) {
      if (lineId) await tx.orderLine.delete({ where: { id: lineId } });
      continue;
    }
    const id = lineId ?? randomUUID();
    try {
      await reserveStock(stockCtx, { reference: lineReference(id), locationId: order.fulfilmentLocationId, skuId: change.skuId, quantity: change.to, allowPartial: false });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === "INSUFFICIENT_STOCK")) throw error;
      const available = Number(error.details?.available ?? 0);
      const message = available > 0 ? `Only ${available} left` : "Out of stock";
      throw new DomainError("INSUFFICIENT_STOCK", `Not enough stock for one of the items: ${message.toLowerCase()}.`, { details: error.details, fieldErrors: { [`lines.${change.skuId}`]: [message] } });
    }
    made.set(change.skuId, id);
  }
  return made;
}
