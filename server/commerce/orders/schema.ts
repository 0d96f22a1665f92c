// Inputs of the order use-cases and queries.
import { z } from "zod";
import { ZTableQuery } from "@/lib/paging";

const ZId = z.string().trim().min(1, "Required").max(64);
const ZStatus = z.enum(["PLACED", "CONFIRMED", "ALLOCATED", "PICKING", "PACKED", "DISPATCHED", "DELIVERED", "PARTIALLY_DELIVERED", "FAILED", "CLOSED", "CANCELLED"]);

export const ZCancelOrderInput = z.object({
  orderId: ZId,
  reason: z.string().trim().min(3, "Tell us briefly why (at least 3 characters)").max(500, "Keep the reason under 500 characters"),
});
export type TCancelOrderInput = z.input<typeof ZCancelOrderInput>;

export const ZEditLine = z.object({
  skuId: ZId,
  quantity: z.number({ error: "Enter a quantity" }).int("Whole packs only").min(1, "At least 1 (remove the line instead)").max(99, "At most 99 per item"),
});

/** The full new basket (lines missing from it are removed) and/or a new slot, made on `version`. */
export const ZEditOrderInput = z
  .object({
    orderId: ZId,
    version: z.number().int().min(1),
    lines: z.array(ZEditLine).min(1, "Keep at least one item, or cancel the order").max(100, "Too many lines").optional(),
    slotId: ZId.optional(),
  })
  .refine((v) => v.lines !== undefined || v.slotId !== undefined, { path: ["lines"], message: "Nothing to change" })
  .refine((v) => !v.lines || new Set(v.lines.map((l) => l.skuId)).size === v.lines.length, { path: ["lines"], message: "Each item may appear once" });
export type TEditOrderInput = z.input<typeof ZEditOrderInput>;

export const ZAdvanceOrderInput = z.object({ orderId: ZId, to: ZStatus, note: z.string().trim().max(500).optional() });
export type TAdvanceOrderInput = z.input<typeof ZAdvanceOrderInput>;

export const ZRecordDeliveryInput = z.object({
  orderId: ZId,
  lines: z.array(z.object({ lineId: ZId, deliveredQuantity: z.number({ error: "Enter a quantity" }).int("Whole packs only").min(0, "Cannot be negative") })).min(1, "Enter the delivered quantities"),
  note: z.string().trim().max(500).optional(),
});
export type TRecordDeliveryInput = z.input<typeof ZRecordDeliveryInput>;

export const ZOrderRef = z.object({ number: z.string().trim().min(1, "Required").max(32) });
export const ZMyOrdersInput = z.object({ page: z.number().int().min(0).max(10_000).default(0), pageSize: z.number().int().min(1).max(100).default(20) });

export const ORDER_SORTABLE = ["number", "placedAt", "deliveryDate", "totalMinor", "status"] as const;
export const ORDER_FILTERABLE = ["q", "status", "channel", "zone", "from", "to"] as const;
export const ZStaffOrdersInput = ZTableQuery;
export { ZStatus as ZOrderStatus };
