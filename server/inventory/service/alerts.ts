// Inventory alerts: one open alert per condition (openKey), raised with an outbox event in the
// transaction that caused it, and cleared when the condition goes away or a person resolves it.
import type { AlertKind } from "@/generated/prisma/enums";
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hubDateValue } from "@/lib/hub-time";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { INVENTORY_EVENTS } from "../events";
import { ZAlertRef } from "../schema";
import { STOCKING_KINDS } from "./lookups";

type RaiseInput = {
  hubId: string;
  kind: AlertKind;
  openKey: string;
  message: string;
  skuId?: string | null;
  lotId?: string | null;
  locationId?: string | null;
  data: Record<string, unknown>;
  event: string;
  at: Date;
};

/** Opens an alert unless the same condition is already open; the event is written only for a new alert. */
export async function raiseAlert(tx: Tx, a: RaiseInput): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "InventoryAlert" (id, "hubId", kind, status, "skuId", "lotId", "locationId", message, data, "openKey", "createdAt")
    VALUES (gen_random_uuid()::text, ${a.hubId}, ${a.kind}::"AlertKind", 'OPEN', ${a.skuId ?? null}, ${a.lotId ?? null}, ${a.locationId ?? null},
      ${a.message}, ${JSON.stringify(a.data)}::jsonb, ${a.openKey}, ${a.at})
    ON CONFLICT ("hubId", "openKey") DO NOTHING
    RETURNING id`;
  const id = rows[0]?.id ?? null;
  if (id) await emitEvent(tx, { name: a.event, hubId: a.hubId, key: id, payload: { alertId: id, ...a.data } });
  return id;
}

/** Closes the open alert for a condition that no longer holds. */
export async function clearAlert(tx: Tx, hubId: string, openKey: string, at: Date): Promise<void> {
  await tx.$executeRaw`
    UPDATE "InventoryAlert" SET status = 'RESOLVED', "resolvedAt" = ${at}, "openKey" = NULL
    WHERE "hubId" = ${hubId} AND "openKey" = ${openKey}`;
}

/** Re-evaluates low stock for a SKU at a stocking location after its available units changed. */
export async function checkLowStock(tx: Tx, hubId: string, locationId: string, skuId: string, at: Date, timeZone: string): Promise<void> {
  const today = hubDateValue(at, timeZone);
  const [row] = await tx.$queryRaw<{ threshold: number; available: number; code: string; kind: string; location: string }[]>`
    SELECT s."lowStockThreshold" AS threshold, s.code, loc.kind::text AS kind, loc.name AS location,
      COALESCE((SELECT SUM(b."onHand" - b.reserved) FROM "StockBalance" b JOIN "Lot" l ON l.id = b."lotId"
                WHERE b."locationId" = ${locationId} AND b."skuId" = ${skuId} AND l."bestBefore" >= ${today}), 0)::int AS available
    FROM "Sku" s, "Location" loc WHERE s.id = ${skuId} AND loc.id = ${locationId}`;
  if (!row || row.threshold === 0 || !(STOCKING_KINDS as readonly string[]).includes(row.kind)) return;
  const openKey = `LOW_STOCK:${locationId}:${skuId}`;
  if (row.available >= row.threshold) return clearAlert(tx, hubId, openKey, at);
  await raiseAlert(tx, {
    hubId, kind: "LOW_STOCK", openKey, skuId, locationId, at, event: INVENTORY_EVENTS.stockLow,
    message: `${row.code} at ${row.location}: ${row.available} available, below the threshold of ${row.threshold}.`,
    data: { skuId, locationId, available: row.available, threshold: row.threshold },
  });
}

/** Marks an open alert as seen by the caller. */
export async function acknowledgeAlert(ctx: ServiceContext, raw: unknown) {
  const { alertId } = parseOrThrow(ZAlertRef, raw);
  return inTransaction(ctx.db, async (tx) => {
    const alert = await tx.inventoryAlert.findFirst({ where: { id: alertId, hubId: ctx.actor.hubId }, select: { status: true } });
    if (!alert) throw new DomainError("NOT_FOUND", "Alert not found.");
    if (alert.status === "RESOLVED") throw new DomainError("INVALID_STATE", "This alert is already resolved.");
    if (alert.status === "OPEN") {
      await tx.inventoryAlert.update({ where: { id: alertId }, data: { status: "ACKNOWLEDGED", acknowledgedAt: ctx.now(), acknowledgedById: ctx.actor.userId } });
    }
    return { alertId, status: "ACKNOWLEDGED" as const };
  });
}

/** Closes an alert by hand (the condition was dealt with); repeating it is harmless. */
export async function resolveAlert(ctx: ServiceContext, raw: unknown) {
  const { alertId } = parseOrThrow(ZAlertRef, raw);
  const alert = await ctx.db.inventoryAlert.findFirst({ where: { id: alertId, hubId: ctx.actor.hubId }, select: { status: true } });
  if (!alert) throw new DomainError("NOT_FOUND", "Alert not found.");
  if (alert.status !== "RESOLVED") {
    await ctx.db.inventoryAlert.update({ where: { id: alertId }, data: { status: "RESOLVED", resolvedAt: ctx.now(), openKey: null } });
  }
  return { alertId, status: "RESOLVED" as const };
}
