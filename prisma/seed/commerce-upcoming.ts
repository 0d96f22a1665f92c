// The demo consumer's two upcoming orders: one PLACED about a week ahead (still editable) and one
// CONFIRMED whose cutoff has passed (edits refused). Unlike history they hold stock: each line is
// reserved through the inventory service (Reservation rows, RESERVE movements, StockBalance.reserved,
// reference `order-line:<lineId>`), so the stock consistency checks hold. Skipped when already there.
import type { Prisma } from "@/generated/prisma/client";
import { inTransaction } from "@/lib/db";
import { systemActor } from "@/server/identity/actor";
import { reserveStock } from "@/server/inventory";
import { DEMO_LOCATIONS } from "./demo-catalog";
import { DEMO_COMMERCE, zoneId } from "./demo-commerce";
import { slotOf, slotWeeks, windowsOfZone, type SlotRef } from "./build/delivery";
import { MS_DAY, MS_HOUR, type PlanCtx, type ShipTo } from "./build/order-plan";
import { priceOrder } from "./build/pricing";
import { HUB } from "./ids";
import type { SeedCtx } from "./write";
import { insertWithChildren, ORDER_NUMBER_SQL } from "./write-commerce";

/** What the demo consumer buys, in order of preference; lines come from those with plenty of free stock. */
const WISHLIST = ["TOM-CHER-250G", "APP-ELS-1KG", "EGG-FR-6", "CAR-1KG", "MUS-WHI-250G", "POT-WAX-1KG", "BRO-1PC", "LET-BUT-1PC", "PEA-CON-1KG", "ONI-YEL-1KG", "CUC-1PC", "SPI-BAB-200G"];

/** Earliest slot of the zone matching `ok`, from the reference week on. */
function firstSlot(plan: PlanCtx, ok: (s: SlotRef) => boolean): SlotRef | null {
  const slots = slotWeeks(plan.refDay).flatMap((w) => windowsOfZone(DEMO_COMMERCE.zoneCode).map((win) => slotOf(win, w)));
  return slots.filter(ok).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0] ?? null;
}

/** SKUs with at least `need` units free above their low-stock threshold at the demo warehouse. */
async function wellStocked(ctx: SeedCtx, plan: PlanCtx, need: number): Promise<string[]> {
  // The wish list first, then everything else in season, so a small stock still yields a basket.
  const skuIds = [...new Set([...WISHLIST.map(plan.book.sku), ...[...plan.skusByCategory.values()].flat().sort()])];
  const rows = await ctx.db.$queryRaw<{ skuId: string }[]>`
    SELECT b."skuId" FROM "StockBalance" b JOIN "Lot" l ON l.id = b."lotId" JOIN "Sku" s ON s.id = b."skuId"
    WHERE b."locationId" = ${DEMO_LOCATIONS.warehouse.id} AND b."skuId" = ANY(${skuIds}) AND l."bestBefore" >= ${plan.refDay}
    GROUP BY b."skuId", s."lowStockThreshold"
    HAVING SUM(b."onHand" - b.reserved) >= s."lowStockThreshold" + ${need}`;
  const ok = new Set(rows.map((r) => r.skuId));
  return skuIds.filter((id) => ok.has(id));
}

export async function seedUpcomingOrders(ctx: SeedCtx, plan: PlanCtx, consumerId: string): Promise<void> {
  const ids = [DEMO_COMMERCE.editableOrderId, DEMO_COMMERCE.pastCutoffOrderId];
  const existing = new Set((await ctx.db.order.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id));
  const r = ctx.reference.getTime();
  const editable = firstSlot(plan, (s) => s.cutoffAt.getTime() >= r + 3 * MS_DAY);
  const pastCutoff = firstSlot(plan, (s) => s.cutoffAt.getTime() < r && s.startsAt.getTime() > r);
  const stocked = await wellStocked(ctx, plan, 5);
  const todo = [
    { id: DEMO_COMMERCE.editableOrderId, slot: editable, skus: stocked.slice(0, 4), status: "PLACED" as const },
    { id: DEMO_COMMERCE.pastCutoffOrderId, slot: pastCutoff, skus: stocked.slice(4, 8), status: "CONFIRMED" as const },
  ];
  for (const t of todo) {
    if (existing.has(t.id)) continue;
    if (!t.slot) throw new Error(`seed: no slot for the demo order ${t.id}`);
    if (t.skus.length < 2) throw new Error(`seed: too little stock at ${DEMO_LOCATIONS.warehouse.code} for the demo order ${t.id}`);
    await createUpcoming(ctx, plan, consumerId, { ...t, slot: t.slot });
  }
  await countPlanned(ctx, ids);
}

type Upcoming = { id: string; slot: SlotRef; skus: string[]; status: "PLACED" | "CONFIRMED" };

async function createUpcoming(ctx: SeedCtx, plan: PlanCtx, consumerId: string, u: Upcoming): Promise<void> {
  const address = await ctx.db.address.findUniqueOrThrow({ where: { id: "adr_demo_consumer" } });
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: consumerId }, select: { name: true } });
  const shipTo: ShipTo = {
    name: user.name ?? "", line1: address.line1, line2: address.line2, city: address.city, postcode: address.postcode, country: address.country,
    latitude: address.latitude ?? 0, longitude: address.longitude ?? 0,
  };
  const placedAt = u.status === "PLACED" ? new Date(ctx.reference.getTime() - 20 * MS_HOUR) : new Date(u.slot.cutoffAt.getTime() - 2 * MS_DAY);
  const priced = priceOrder(plan.book, { basis: "RETAIL", at: placedAt, lines: u.skus.map((skuId, i) => ({ skuId, quantity: 1 + (i % 2) })) });
  const lines: Prisma.OrderLineCreateManyInput[] = priced.lines.map((l, i) => ({
    id: `${u.id}__${i + 1}`, hubId: ctx.hubId, orderId: u.id, skuId: l.skuId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor,
    taxRateBasisPoints: l.taxRateBasisPoints, discountMinor: l.discountMinor, lineTotalMinor: l.lineTotalMinor, taxMinor: l.taxMinor,
    reservedQuantity: l.quantity, createdAt: placedAt,
  }));
  const transitions: Prisma.OrderTransitionCreateManyInput[] = [
    { hubId: ctx.hubId, orderId: u.id, fromStatus: null, toStatus: "PLACED", actorUserId: consumerId, actorKind: "customer", at: placedAt },
  ];
  if (u.status === "CONFIRMED") transitions.push({ hubId: ctx.hubId, orderId: u.id, fromStatus: "PLACED", toStatus: "CONFIRMED", actorUserId: null, actorKind: "system", at: u.slot.cutoffAt });
  const order = {
    id: u.id, hubId: ctx.hubId, channel: "STOREFRONT", status: u.status, customerUserId: consumerId, zoneId: zoneId(DEMO_COMMERCE.zoneCode),
    slotId: u.slot.id, fulfilmentLocationId: DEMO_LOCATIONS.warehouse.id, deliveryDate: u.slot.date, isoWeek: u.slot.isoWeek, cutoffAt: u.slot.cutoffAt,
    addressId: address.id, shipTo, currency: HUB.currency, pricesIncludeTax: true, paymentMethod: "PAY_ON_DELIVERY", subtotalMinor: priced.subtotalMinor,
    discountMinor: priced.discountMinor, deliveryFeeMinor: priced.deliveryFeeMinor, taxMinor: priced.taxMinor, totalMinor: priced.totalMinor,
    placedAt, updatedAt: transitions[transitions.length - 1]!.at as Date,
  };
  const actor = await systemActor(ctx.db, ctx.hubId);
  await inTransaction(ctx.db, async (tx) => {
    const n = await insertWithChildren(tx, { table: "Order", rows: [order], computed: { number: ORDER_NUMBER_SQL } }, { table: "OrderTransition", rows: transitions, foreignKey: "orderId" });
    ctx.inserted.order += n.parents;
    ctx.inserted.orderTransition += n.children;
    await tx.orderLine.createMany({ data: lines });
    ctx.inserted.orderLine += lines.length;
    await tx.payment.create({ data: { id: `pay_${u.id.slice(4)}`, hubId: ctx.hubId, orderId: u.id, provider: "MANUAL", method: "PAY_ON_DELIVERY", status: "AWAITING_DELIVERY", currency: HUB.currency, createdAt: placedAt } });
    ctx.inserted.payment += 1;
    // Reserved as of the reference instant: the lots on hand then (not at placement) are the ones to hold.
    const serviceCtx = { db: tx, actor, now: () => ctx.reference };
    for (const l of lines) {
      const held = await reserveStock(serviceCtx, { locationId: DEMO_LOCATIONS.warehouse.id, skuId: l.skuId, quantity: l.quantity, reference: `order-line:${l.id}` });
      ctx.inserted.reservation += held.reservations.length;
    }
  });
}

/** Planned rows of the demo orders: what they hold now (the same on every run). */
async function countPlanned(ctx: SeedCtx, orderIds: string[]): Promise<void> {
  const lines = await ctx.db.orderLine.findMany({ where: { orderId: { in: orderIds } }, select: { id: true } });
  ctx.planned.order += orderIds.length;
  ctx.planned.orderLine += lines.length;
  ctx.planned.orderTransition += await ctx.db.orderTransition.count({ where: { orderId: { in: orderIds } } });
  ctx.planned.payment += await ctx.db.payment.count({ where: { orderId: { in: orderIds } } });
  ctx.planned.reservation += await ctx.db.reservation.count({ where: { reference: { in: lines.map((l) => `order-line:${l.id}`) } } });
}
