// Inputs of the subscriptions context (box templates, subscribe, self-service).
import { z } from "zod";
import { isIsoWeek } from "@/lib/iso-week";

const id = z.string().trim().min(1, "Required").max(64);
const quantity = z.number().int("Whole packs only").min(1, "At least 1").max(50, "At most 50");
export const CANCEL_REASONS = ["TOO_EXPENSIVE", "TOO_MUCH_FOOD", "QUALITY", "DELIVERY_ISSUES", "MOVING", "NOT_NEEDED", "OTHER"] as const;
export const ZIsoWeek = z.string().refine(isIsoWeek, "Not an ISO week (e.g. 2026-W49)");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date (YYYY-MM-DD)");

export const ZRef = z.object({ id });

export const ZTemplateLineInput = z.object({
  skuId: id,
  quantity,
  swapSkuIds: z.array(id).max(20, "At most 20 swaps per item").default([]),
});

export const ZTemplateInput = z.object({
  code: z.string().trim().toUpperCase().min(2, "At least 2 characters").max(40).regex(/^[A-Z0-9-]+$/, "Letters, digits and hyphens only"),
  name: z.string().trim().min(2, "At least 2 characters").max(120),
  description: z.string().trim().max(2000).default(""),
  priceMinor: z.number().int().min(0, "Cannot be negative").max(100_000_00),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(1000).default(0),
  lines: z.array(ZTemplateLineInput).min(1, "A box needs at least one item").max(30, "At most 30 items"),
});
export type TTemplateInput = z.infer<typeof ZTemplateInput>;
export const ZTemplateUpdate = ZTemplateInput.extend({ id });

export const ZBasketLine = z.object({ skuId: id, quantity });

export const ZSubscribe = z.object({
  templateId: id.nullish(),
  lines: z.array(ZBasketLine).max(30, "At most 30 items").default([]),
  cadence: z.enum(["WEEKLY", "FORTNIGHTLY"], "Choose how often"),
  windowId: id,
  addressId: id,
  paymentMethod: z.enum(["PAY_ON_DELIVERY", "CARD"], "Choose how to pay"),
  savedPaymentMethodId: id.nullish(),
});
export type TSubscribe = z.infer<typeof ZSubscribe>;

export const ZWeekChange = z.object({ subscriptionId: id, isoWeek: ZIsoWeek });
export const ZPause = z.object({ subscriptionId: id, until: isoDate });
export const ZSubscriptionRef = z.object({ subscriptionId: id });
export const ZSwap = z.object({ subscriptionId: id, lineId: id, skuId: id });
export const ZSetLines = z.object({ subscriptionId: id, lines: z.array(ZBasketLine).min(1, "Keep at least one item").max(30, "At most 30 items") });
export const ZChangeSlot = z.object({ subscriptionId: id, windowId: id });
export const ZCancel = z.object({
  subscriptionId: id,
  reason: z.enum(CANCEL_REASONS, "Choose a reason"),
  note: z.string().trim().max(1000, "At most 1000 characters").default(""),
});
export const ZSkuChoices = z.object({ q: z.string().trim().max(80).default(""), limit: z.number().int().min(1).max(500).default(50) });
export const ZRenewRun = z.object({ hubId: id.optional(), isoWeek: ZIsoWeek.optional() });
