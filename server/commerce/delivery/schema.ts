// Inputs of the delivery procedures.
import { z } from "zod";

const id = z.string().min(1).max(64);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM (24-hour)");
const money = z.number().int().min(0).max(100_000_00);

export const ZSlotsForAddress = z.object({
  postcode: z.string().trim().min(2, "Enter a postcode").max(12),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  subtotalMinor: money.optional(),
});

export const ZZoneInput = z.object({
  id: id.optional(),
  code: z.string().trim().min(2, "At least 2 characters").max(24).regex(/^[A-Za-z0-9-]+$/, "Letters, digits and hyphens only"),
  name: z.string().trim().min(2, "Enter a name").max(80),
  postcodePrefixes: z.array(z.string().trim().min(1).max(10).regex(/^[A-Za-z0-9 ]+$/, "Letters and digits only")).max(500),
  polygon: z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(3, "A polygon needs at least 3 points").max(2000).nullable().default(null),
  priority: z.number().int().min(-100).max(100).default(0),
  fulfilmentLocationId: id,
  cutoffDaysBefore: z.number().int().min(0, "0 or more").max(14),
  cutoffTime: time,
  minimumOrderMinor: money,
  active: z.boolean().default(true),
});
export type TZoneInput = z.infer<typeof ZZoneInput>;

export const ZWindowInput = z.object({
  id: id.optional(),
  zoneId: id,
  weekday: z.number().int().min(1).max(7),
  startTime: time,
  endTime: time,
  capacity: z.number().int().min(0).max(10_000),
  feeAdjustMinor: z.number().int().min(-100_00).max(100_00).default(0),
  active: z.boolean().default(true),
});

export const ZFeeRulesInput = z.object({
  zoneId: id,
  rules: z.array(z.object({ minSubtotalMinor: money, feeMinor: money })).max(20),
});

export const ZSlotCapacityInput = z.object({ slotId: id, capacity: z.number().int().min(0, "0 or more").max(10_000), active: z.boolean().optional() });
export const ZSlotBoardInput = z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), days: z.number().int().min(1).max(28).default(7) });
export const ZGenerateSlotsInput = z.object({ weeks: z.number().int().min(1).max(12).default(4) });
