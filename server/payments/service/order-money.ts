// Reads an order's money fields in the shape the pure rules expect.
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OrderMoney } from "../rules";

export type OrderForPayment = OrderMoney & { id: string; hubId: string; number: string; currency: string; status: string; customerUserId: string | null; subscriptionId: string | null };

/** The order with its lines, for delivery and refund maths; NOT_FOUND when missing. */
export async function loadOrderMoney(tx: Tx, orderId: string): Promise<OrderForPayment> {
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: {
      id: true, hubId: true, number: true, currency: true, status: true, channel: true, customerUserId: true, subscriptionId: true,
      pricesIncludeTax: true, deliveryFeeMinor: true, taxMinor: true, totalMinor: true, deliveredTotalMinor: true,
      lines: { select: { quantity: true, deliveredQuantity: true, lineTotalMinor: true, taxMinor: true } },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND", "Order not found.");
  return order;
}
