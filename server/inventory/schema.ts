// Inputs of the inventory commands (the read side has queries/schema.ts).
import { z } from "zod";

const ZId = z.string().trim().min(1, "Required").max(64);
const ZUnits = (label = "Quantity") =>
  z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number of units`).positive(`${label} must be more than zero`).max(1_000_000, `${label} is too large`);
const ZReference = z.string().trim().min(1, "Required").max(120);
const ZNote = z.string().trim().max(500, "Keep the note under 500 characters");

export const ZReceiveInput = z.object({
  locationId: ZId,
  skuId: ZId,
  farmId: ZId,
  harvestedAt: z.coerce.date({ error: "Enter the harvest date" }),
  bestBefore: z.coerce.date({ error: "Enter a valid date" }).optional(),
  grade: z.enum(["EXTRA", "CLASS_I", "CLASS_II"], { error: "Choose a grade" }),
  quantity: ZUnits(),
  lotCode: z.string().trim().min(3).max(40).regex(/^[A-Z0-9-]+$/, "Use capitals, digits and dashes").optional(),
});
export type TReceiveInput = z.input<typeof ZReceiveInput>;

export const ZReserveInput = z.object({
  locationId: ZId,
  skuId: ZId,
  quantity: ZUnits(),
  reference: ZReference,
  allowPartial: z.boolean().default(false),
});
export type TReserveInput = z.input<typeof ZReserveInput>;

export const ZReferenceInput = z.object({ reference: ZReference });
export const ZPickInput = z.object({ reservationId: ZId, quantity: z.number().int("Whole units only").min(0, "Cannot be negative") });
export const ZDeliverInput = z.object({ reference: ZReference, destinationLocationId: ZId.optional() });
export const ZReturnInput = z.object({ locationId: ZId, lotId: ZId, quantity: ZUnits(), reference: ZReference, note: ZNote.default("") });

export const ADJUSTMENT_REASONS = ["COUNT_CORRECTION", "FOUND", "DAMAGED", "SPOILED", "EXPIRED", "QUALITY_REJECT", "THEFT", "SAMPLE"] as const;
export const ZRequestAdjustmentInput = z.object({
  locationId: ZId,
  lotId: ZId,
  delta: z.number({ error: "Enter a quantity" }).int("Whole units only").refine((n) => n !== 0, "Enter a quantity other than zero").refine((n) => Math.abs(n) <= 1_000_000, "Quantity is too large"),
  reason: z.enum(ADJUSTMENT_REASONS, { error: "Choose a reason" }),
  note: ZNote.default(""),
});
export type TRequestAdjustmentInput = z.input<typeof ZRequestAdjustmentInput>;

export const ZDecideAdjustmentInput = z.object({
  adjustmentId: ZId,
  decision: z.enum(["APPROVE", "REJECT"]),
  note: ZNote.optional(),
});

export const ZCreateTransferInput = z
  .object({
    fromLocationId: ZId,
    toLocationId: ZId,
    lines: z.array(z.object({ lotId: ZId, quantity: ZUnits() })).min(1, "Add at least one line").max(200, "Too many lines"),
    note: ZNote.default(""),
  })
  .refine((v) => v.fromLocationId !== v.toLocationId, { path: ["toLocationId"], message: "Choose a destination other than the source" })
  .refine((v) => new Set(v.lines.map((l) => l.lotId)).size === v.lines.length, { path: ["lines"], message: "Each lot may appear once" });
export type TCreateTransferInput = z.input<typeof ZCreateTransferInput>;

export const ZReceiveTransferInput = z.object({
  transferId: ZId,
  lines: z.array(z.object({ lineId: ZId, receivedQuantity: z.number().int("Whole units only").min(0, "Cannot be negative") })).min(1),
});
export const ZTransferRef = z.object({ transferId: ZId });
export const ZAlertRef = z.object({ alertId: ZId });

export const ZLabResultInput = z.object({
  lotId: ZId,
  analyte: z.string().trim().min(2, "Enter the analyte").max(80),
  value: z.number({ error: "Enter the measured value" }).min(0, "Cannot be negative").finite(),
  unit: z.string().trim().min(1, "Enter the unit").max(20),
  limitValue: z.number({ error: "Enter the limit" }).positive("The limit must be above zero").finite(),
  laboratory: z.string().trim().min(2, "Enter the laboratory").max(120),
  sampledAt: z.coerce.date({ error: "Enter the sampling date" }),
});
export const CHECKPOINT_KINDS = ["RECEIVED", "GRADED", "COLD_STORE_IN", "COLD_STORE_OUT", "LOADED", "DELIVERED"] as const;
export const ZCheckpointInput = z.object({
  lotId: ZId,
  kind: z.enum(CHECKPOINT_KINDS, { error: "Choose a checkpoint" }),
  locationId: ZId.optional(),
  temperatureC: z.number().min(-40, "Below -40 °C is not a produce reading").max(60, "Above 60 °C is not a produce reading").optional(),
  note: ZNote.optional(),
  recordedAt: z.coerce.date().optional(),
});
