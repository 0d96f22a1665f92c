// Order status colours: in progress = info, needs attention = warning/danger, done = success.
import { StatusBadge, type Tone } from "@/components/ui";
import { ORDER_STATUS_LABELS } from "@/server/commerce/orders/state-machine";
import type { OrderStatus } from "@/generated/prisma/enums";

export const ORDER_TONES: Record<OrderStatus, Tone> = {
  PLACED: "info",
  CONFIRMED: "info",
  ALLOCATED: "info",
  PICKING: "warning",
  PACKED: "warning",
  DISPATCHED: "warning",
  DELIVERED: "success",
  PARTIALLY_DELIVERED: "warning",
  FAILED: "danger",
  CLOSED: "neutral",
  CANCELLED: "neutral",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <StatusBadge status={status} map={ORDER_TONES} label={ORDER_STATUS_LABELS[status]} />;
}

export const ORDER_STATUS_OPTIONS = (Object.keys(ORDER_STATUS_LABELS) as OrderStatus[]).map((s) => ({ value: s, label: ORDER_STATUS_LABELS[s] }));
