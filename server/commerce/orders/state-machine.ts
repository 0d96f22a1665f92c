// The one order state machine (issue #4): every status change in the code base goes through
// `checkTransition`, so a rule such as "customers cancel only before cutoff" lives in one place.
import type { OrderStatus } from "@/generated/prisma/enums";

export type OrderActorKind = "customer" | "staff" | "system";

type Rule = { to: OrderStatus; by: readonly OrderActorKind[]; beforeCutoff?: boolean };

const ANYONE: readonly OrderActorKind[] = ["customer", "staff", "system"];
const OPERATIONS: readonly OrderActorKind[] = ["staff", "system"];

// placed -> confirmed at cutoff -> allocated -> picking -> packed -> dispatched -> delivered /
// partially delivered / failed -> closed, and cancelled before cutoff.
const RULES: Record<OrderStatus, readonly Rule[]> = {
  PLACED: [
    { to: "CONFIRMED", by: OPERATIONS },
    { to: "CANCELLED", by: ANYONE, beforeCutoff: true },
    // Support may still cancel an unconfirmed order after cutoff (e.g. a failed card payment).
    { to: "CANCELLED", by: OPERATIONS },
  ],
  CONFIRMED: [
    { to: "ALLOCATED", by: OPERATIONS },
    { to: "CANCELLED", by: ["staff"] },
  ],
  ALLOCATED: [
    { to: "PICKING", by: OPERATIONS },
    { to: "CANCELLED", by: ["staff"] },
  ],
  PICKING: [{ to: "PACKED", by: OPERATIONS }],
  PACKED: [{ to: "DISPATCHED", by: OPERATIONS }],
  DISPATCHED: [
    { to: "DELIVERED", by: OPERATIONS },
    { to: "PARTIALLY_DELIVERED", by: OPERATIONS },
    { to: "FAILED", by: OPERATIONS },
  ],
  DELIVERED: [{ to: "CLOSED", by: OPERATIONS }],
  PARTIALLY_DELIVERED: [{ to: "CLOSED", by: OPERATIONS }],
  // A failed delivery is re-attempted (dispatched again) or closed.
  FAILED: [
    { to: "DISPATCHED", by: OPERATIONS },
    { to: "CLOSED", by: OPERATIONS },
  ],
  CLOSED: [],
  CANCELLED: [],
};

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PLACED: "Placed",
  CONFIRMED: "Confirmed",
  ALLOCATED: "Allocated",
  PICKING: "Picking",
  PACKED: "Packed",
  DISPATCHED: "Out for delivery",
  DELIVERED: "Delivered",
  PARTIALLY_DELIVERED: "Partially delivered",
  FAILED: "Delivery failed",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
};

/** The happy path, in order: what the customer timeline shows as steps still to come. */
export const ORDER_PATH: readonly OrderStatus[] = ["PLACED", "CONFIRMED", "ALLOCATED", "PICKING", "PACKED", "DISPATCHED", "DELIVERED", "CLOSED"];

export type TransitionCheck = { ok: true } | { ok: false; code: "NOT_ALLOWED" | "NOT_PERMITTED" | "CUTOFF_PASSED"; reason: string };

/** Whether `actor` may move an order from its status to `to` at `now`; the reason when not. */
export function checkTransition(order: { status: OrderStatus; cutoffAt: Date }, to: OrderStatus, actor: OrderActorKind, now: Date): TransitionCheck {
  const rules = RULES[order.status].filter((r) => r.to === to);
  if (rules.length === 0) {
    return { ok: false, code: "NOT_ALLOWED", reason: `An order that is ${ORDER_STATUS_LABELS[order.status].toLowerCase()} cannot become ${ORDER_STATUS_LABELS[to].toLowerCase()}.` };
  }
  const allowed = rules.filter((r) => r.by.includes(actor));
  if (allowed.length === 0) return { ok: false, code: "NOT_PERMITTED", reason: `Only our team can mark an order ${ORDER_STATUS_LABELS[to].toLowerCase()}.` };
  if (allowed.some((r) => !r.beforeCutoff || now < order.cutoffAt)) return { ok: true };
  return { ok: false, code: "CUTOFF_PASSED", reason: "The order cutoff has passed, so the order can no longer be changed or cancelled." };
}

/** Statuses reachable from `status` by `actor` (for buttons in the UI). */
export function nextStatuses(status: OrderStatus, actor: OrderActorKind): OrderStatus[] {
  return [...new Set(RULES[status].filter((r) => r.by.includes(actor)).map((r) => r.to))];
}

/** Customers (and support on their behalf) change lines and slot only while placed and before cutoff. */
export function isEditable(order: { status: OrderStatus; cutoffAt: Date }, now: Date): boolean {
  return order.status === "PLACED" && now < order.cutoffAt;
}

/** No further transitions. */
export function isFinal(status: OrderStatus): boolean {
  return RULES[status].length === 0;
}
