// The order snapshot a message is rendered from. Read when the job runs (not from the event
// payload, which carries ids only): the e-mail shows the order as it is then.
import type { DbOrTx } from "@/lib/db";
import { env } from "@/lib/env";
import { formatHubMoment, slotLabel } from "../commerce/orders/rules";
import { substitutionsForOrderMail } from "../planning/exceptions";
import type { OrderMailData } from "./templates/order";

const PAYMENT_LABELS: Record<string, string> = { CARD: "Card", PAY_ON_DELIVERY: "Pay on delivery", INVOICE: "Invoice" };

export type OrderMail = { data: OrderMailData; hubId: string; userId: string; email: string } | null;

/** The order's mail data and recipient; null when the order has no customer account (e.g. an imported B2B order). */
export async function loadOrderMail(db: DbOrTx, orderId: string): Promise<OrderMail> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      hubId: true, number: true, customerUserId: true, currency: true, shipTo: true, slotId: true, cutoffAt: true, deliveryDate: true, cancelReason: true, paymentMethod: true,
      subtotalMinor: true, discountMinor: true, deliveryFeeMinor: true, taxMinor: true, totalMinor: true, pricesIncludeTax: true,
      lines: { select: { skuId: true, quantity: true, lineTotalMinor: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!order?.customerUserId) return null;
  const [user, hub, slot, skus, substitutions] = await Promise.all([
    db.user.findUnique({ where: { id: order.customerUserId }, select: { name: true, email: true } }),
    db.hub.findUniqueOrThrow({ where: { id: order.hubId }, select: { timeZone: true } }),
    order.slotId ? db.deliverySlot.findUnique({ where: { id: order.slotId }, select: { startsAt: true, endsAt: true } }) : null,
    db.sku.findMany({ where: { id: { in: order.lines.map((l) => l.skuId) } }, select: { id: true, name: true, product: { select: { name: true } } } }),
    substitutionsForOrderMail(db, orderId),
  ]);
  if (!user) return null;
  const names = new Map(skus.map((s) => [s.id, `${s.product.name}, ${s.name}`]));
  const tz = hub.timeZone;
  const when = slot ? slotLabel(slot.startsAt, slot.endsAt, tz) : order.deliveryDate.toISOString().slice(0, 10);
  const ship = (order.shipTo ?? {}) as Record<string, string | null | undefined>;
  const base = env.NEXTAUTH_URL ?? "http://localhost:3000";
  return {
    hubId: order.hubId, userId: order.customerUserId, email: user.email,
    data: {
      number: order.number, customerName: ship.name || user.name, currency: order.currency, link: `${base.replace(/\/$/, "")}/account/orders/${order.number}`,
      slotLabel: when, cutoffLabel: formatHubMoment(order.cutoffAt, tz), address: [ship.line1, ship.line2, `${ship.postcode ?? ""} ${ship.city ?? ""}`.trim()].filter(Boolean).join(", "),
      lines: order.lines.map((l) => ({ name: names.get(l.skuId) ?? "Item", quantity: l.quantity, lineTotalMinor: l.lineTotalMinor })),
      subtotalMinor: order.subtotalMinor, discountMinor: order.discountMinor, deliveryFeeMinor: order.deliveryFeeMinor, taxMinor: order.taxMinor, totalMinor: order.totalMinor,
      pricesIncludeTax: order.pricesIncludeTax, paymentLabel: PAYMENT_LABELS[order.paymentMethod] ?? order.paymentMethod, reason: order.cancelReason,
      substitutions,
    },
  };
}
