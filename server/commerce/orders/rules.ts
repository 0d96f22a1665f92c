// Pure order rules beside the state machine: who acts as what, the human cutoff message, and the
// value of what was delivered.
import type { OrderStatus } from "@/generated/prisma/enums";
import { can, type Role } from "@/lib/rbac";
import type { OrderActorKind } from "./state-machine";

/** The stock reservation reference of an order line (inventory reserves, picks and ships by it). */
export const lineReference = (lineId: string) => `order-line:${lineId}`;

/** How the state machine sees a caller: jobs are "system", support/ops staff "staff", shoppers "customer". */
export function actorKindOf(actor: { userId: string; role: Role }, systemUserId = "system"): OrderActorKind {
  if (actor.userId === systemUserId) return "system";
  if (can(actor.role, "orders:manage") || can(actor.role, "orders:fulfil")) return "staff";
  return "customer";
}

/** "Sun 22 Nov at 18:00" in the hub's time zone. */
export function formatHubMoment(at: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(at);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  return `${day} at ${time}`;
}

/** Why an order can no longer be changed, in words a customer understands. */
export function notEditableMessage(order: { status: OrderStatus; cutoffAt: Date }, timeZone: string, verb: "changed" | "cancelled" = "changed"): string {
  if (order.status === "CANCELLED") return "This order was cancelled, so it can no longer be " + verb + ".";
  const closed = `Changes to this order closed on ${formatHubMoment(order.cutoffAt, timeZone)}.`;
  return `${closed} Contact support if something is wrong.`;
}

export type DeliveryLine = { quantity: number; unitPriceMinor: number; discountMinor: number; taxMinor: number; deliveredQuantity: number };

/** The delivered value of one line: delivered units at the line price less their share of the line's discount. */
export function deliveredLineValue(line: DeliveryLine): { valueMinor: number; taxMinor: number } {
  if (line.deliveredQuantity === line.quantity) return { valueMinor: line.quantity * line.unitPriceMinor - line.discountMinor, taxMinor: line.taxMinor };
  const discountShare = Math.round((line.discountMinor * line.deliveredQuantity) / line.quantity);
  return { valueMinor: line.deliveredQuantity * line.unitPriceMinor - discountShare, taxMinor: Math.round((line.taxMinor * line.deliveredQuantity) / line.quantity) };
}

/**
 * What the customer owes for what arrived: delivered line values, the delivery fee when anything
 * arrived, and (for prices excluding tax) the delivered lines' tax plus the fee's tax.
 */
export function deliveredTotal(order: { pricesIncludeTax: boolean; deliveryFeeMinor: number; taxMinor: number }, lines: DeliveryLine[]): { totalMinor: number; status: "DELIVERED" | "PARTIALLY_DELIVERED" | "FAILED" } {
  const delivered = lines.reduce((n, l) => n + l.deliveredQuantity, 0);
  if (delivered === 0) return { totalMinor: 0, status: "FAILED" };
  const all = lines.every((l) => l.deliveredQuantity === l.quantity);
  let total = order.deliveryFeeMinor;
  let lineTax = 0;
  let deliveredTax = 0;
  for (const line of lines) {
    const v = deliveredLineValue(line);
    total += v.valueMinor;
    lineTax += line.taxMinor;
    deliveredTax += v.taxMinor;
  }
  // Tax on top (wholesale): what the lines carried pro rata, plus the delivery fee's tax (order tax minus line tax).
  if (!order.pricesIncludeTax) total += deliveredTax + Math.max(0, order.taxMinor - lineTax);
  return { totalMinor: Math.max(0, total), status: all ? "DELIVERED" : "PARTIALLY_DELIVERED" };
}

/** "Sat 21 Nov, 09:00–13:00" in the hub's time zone. */
export function slotLabel(startsAt: Date, endsAt: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(startsAt);
  const time = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
  return `${day}, ${time(startsAt)}–${time(endsAt)}`;
}
