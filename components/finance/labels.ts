// Display names and status tones for finance screens (shared by server and client components).
import type { TableStateDefaults } from "@/components/data-table/state";
import type { Tone } from "@/components/ui/badge";

export const PAYMENT_STATUS_TONES: Record<string, Tone> = {
  REQUIRES_PAYMENT: "warning",
  AUTHORIZED: "info",
  CAPTURED: "success",
  PARTIALLY_REFUNDED: "warning",
  REFUNDED: "neutral",
  AWAITING_DELIVERY: "info",
  DUE: "warning",
  PARTIALLY_PAID: "warning",
  PAID: "success",
  CANCELLED: "neutral",
  FAILED: "danger",
};

export const METHOD_LABELS: Record<string, string> = { CARD: "Card", PAY_ON_DELIVERY: "Pay on delivery", INVOICE: "Invoice" };

export const ENTRY_KIND_LABELS: Record<string, string> = {
  PAYMENT_AUTHORIZED: "Card authorized",
  PAYMENT_CAPTURED: "Card captured",
  AUTHORIZATION_RELEASED: "Hold released",
  ORDER_DELIVERED: "Order delivered",
  RECEIPT: "Receipt",
  REFUND: "Refund",
  CUSTOMER_CREDIT: "Customer credit",
  REVERSAL: "Reversal",
};

export const ENTRY_KIND_OPTIONS = Object.entries(ENTRY_KIND_LABELS).map(([value, label]) => ({ value, label }));

export const PAYMENT_STATUS_OPTIONS = [
  { value: "OUTSTANDING", label: "Outstanding (due or part paid)" },
  ...Object.keys(PAYMENT_STATUS_TONES).map((s) => ({ value: s, label: s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, " ") })),
];

export const PAYMENTS_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 50,
  sort: { id: "createdAt", desc: true },
  sortable: ["createdAt", "updatedAt", "status", "method", "authorizedMinor", "capturedMinor", "dueMinor", "receivedMinor", "refundedMinor"],
  filterable: ["status", "method", "orderNumber"],
};

export const JOURNAL_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 50,
  sort: { id: "occurredAt", desc: true },
  sortable: ["occurredAt"],
  filterable: ["from", "to", "kind", "account", "order"],
};

/** "Dr €12.00" / "Cr €12.00" for a posting amount (debits positive). */
export function drCr(amountMinor: number): "Dr" | "Cr" {
  return amountMinor >= 0 ? "Dr" : "Cr";
}
