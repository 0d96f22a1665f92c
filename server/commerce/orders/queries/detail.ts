// One order with its lines, slot, address, payments and timeline, for the customer (only their
// own: another's order is NOT_FOUND) or for staff (any order of the hub).
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { OrderStatus } from "@/generated/prisma/enums";
import type { ServiceContext } from "../../../context";
import { isStaffViewer, mayAccess } from "../access";
import { formatHubMoment, notEditableMessage, slotLabel } from "../rules";
import { ZOrderRef } from "../schema";
import { isEditable, nextStatuses } from "../state-machine";
import { skuLabels, slotLabels, userLabels, zoneLabels } from "./lookups";
import { orderTimeline, type TimelineEntry } from "./timeline";

export type ShipTo = { name?: string; line1?: string; line2?: string | null; city?: string; postcode?: string; country?: string };

export type OrderDetail = {
  id: string; number: string; status: OrderStatus; channel: string; version: number; placedAt: Date; deliveryDate: string; isoWeek: string;
  cutoffAt: Date; cutoffLabel: string; editable: boolean; editClosedMessage: string | null; slot: { id: string; startsAt: Date; endsAt: Date; label: string } | null; zone: { id: string; code: string; name: string };
  shipTo: ShipTo; currency: string; pricesIncludeTax: boolean; paymentMethod: string;
  subtotalMinor: number; discountMinor: number; deliveryFeeMinor: number; taxMinor: number; totalMinor: number; deliveredTotalMinor: number | null;
  cancelReason: string | null; notes: string; issues: unknown;
  customer: { id: string; name: string; email: string } | null;
  lines: Array<{ id: string; skuId: string; skuCode: string; productName: string; productSlug: string; pack: string; quantity: number; unitPriceMinor: number; discountMinor: number; lineTotalMinor: number; taxMinor: number; reservedQuantity: number; deliveredQuantity: number | null }>;
  payments: Array<{ id: string; method: string; status: string; authorizedMinor: number; capturedMinor: number; dueMinor: number; receivedMinor: number; refundedMinor: number }>;
  timeline: TimelineEntry[];
  nextStatuses: OrderStatus[];
};

/** An order by its number, as the caller may see it. */
export async function getOrderDetail(ctx: ServiceContext, raw: unknown): Promise<OrderDetail> {
  const { number } = parseOrThrow(ZOrderRef, raw);
  const o = await ctx.db.order.findUnique({
    where: { hubId_number: { hubId: ctx.actor.hubId, number } },
    include: {
      lines: { orderBy: { createdAt: "asc" } },
      payments: { orderBy: { createdAt: "asc" }, select: { id: true, method: true, status: true, authorizedMinor: true, capturedMinor: true, dueMinor: true, receivedMinor: true, refundedMinor: true } },
    },
  });
  if (!o || !mayAccess(ctx, o)) throw new DomainError("NOT_FOUND", "Order not found.");
  const staff = isStaffViewer(ctx.actor);
  const [skus, slots, zones, users, timeline] = await Promise.all([
    skuLabels(ctx.db, o.lines.map((l) => l.skuId)),
    slotLabels(ctx.db, [o.slotId]),
    zoneLabels(ctx.db, [o.zoneId]),
    userLabels(ctx.db, [o.customerUserId]),
    orderTimeline(ctx.db, o, { userId: ctx.actor.userId, staff }),
  ]);
  const tz = ctx.actor.hubTimeZone;
  const editable = isEditable(o, ctx.now());
  const slot = o.slotId ? slots.get(o.slotId) : undefined;
  const zone = zones.get(o.zoneId);
  const customer = o.customerUserId ? users.get(o.customerUserId) : undefined;
  return {
    id: o.id, number: o.number, status: o.status, channel: o.channel, version: o.version, placedAt: o.placedAt, deliveryDate: o.deliveryDate.toISOString().slice(0, 10), isoWeek: o.isoWeek,
    cutoffAt: o.cutoffAt, cutoffLabel: formatHubMoment(o.cutoffAt, tz), editable, editClosedMessage: editable || o.status === "CANCELLED" ? null : notEditableMessage(o, tz),
    slot: slot ? { id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, label: slotLabel(slot.startsAt, slot.endsAt, tz) } : null,
    zone: { id: o.zoneId, code: zone?.code ?? "", name: zone?.name ?? "" }, shipTo: (o.shipTo ?? {}) as ShipTo, currency: o.currency, pricesIncludeTax: o.pricesIncludeTax, paymentMethod: o.paymentMethod,
    subtotalMinor: o.subtotalMinor, discountMinor: o.discountMinor, deliveryFeeMinor: o.deliveryFeeMinor, taxMinor: o.taxMinor, totalMinor: o.totalMinor, deliveredTotalMinor: o.deliveredTotalMinor,
    cancelReason: o.cancelReason, notes: o.notes, issues: o.issues,
    customer: staff && o.customerUserId && customer ? { id: o.customerUserId, ...customer } : null,
    lines: o.lines.map((l) => {
      const sku = skus.get(l.skuId);
      return {
        id: l.id, skuId: l.skuId, skuCode: sku?.code ?? "", productName: sku?.productName ?? "Unknown item", productSlug: sku?.productSlug ?? "", pack: sku?.pack ?? "",
        quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, discountMinor: l.discountMinor, lineTotalMinor: l.lineTotalMinor, taxMinor: l.taxMinor, reservedQuantity: l.reservedQuantity, deliveredQuantity: l.deliveredQuantity,
      };
    }),
    payments: o.payments,
    timeline,
    // What this caller may do next (buttons); delivery outcomes and cancel have their own forms.
    nextStatuses: staff ? nextStatuses(o.status, "staff") : [],
  };
}
