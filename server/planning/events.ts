// Events a plan run writes to the outbox when it is published (ARCHITECTURE.md §4: PlanPublished,
// ShortageDetected, WorkPackageIssued). Work packages are the supply side's, hence the domain.
import { z } from "zod";

export const PLANNING_EVENTS = {
  planPublished: "planning/plan.published",
  shortageDetected: "planning/shortage.detected",
  workPackageIssued: "supply/work-package.issued",
} as const;

export const ZPlanPublishedPayload = z.object({
  hubId: z.string(),
  isoWeek: z.string(),
  runId: z.string(),
  kind: z.enum(["WEEK", "REPLAN"]),
  supersededRunId: z.string().nullable(),
  allocatedUnits: z.number().int(),
  shortageUnits: z.number().int(),
});
export type PlanPublishedPayload = z.infer<typeof ZPlanPublishedPayload>;

/** One per SHORTAGE exception of a published plan (shortage handling proposes substitutes or credits). */
export const ZShortageDetectedPayload = z.object({
  hubId: z.string(),
  isoWeek: z.string(),
  runId: z.string(),
  exceptionId: z.string(),
  skuId: z.string(),
  zoneId: z.string(),
  units: z.number().int(),
});
export type ShortageDetectedPayload = z.infer<typeof ZShortageDetectedPayload>;

/** One per farm of a published plan, listing its packages for the week. */
export const ZWorkPackageIssuedPayload = z.object({
  hubId: z.string(),
  isoWeek: z.string(),
  runId: z.string(),
  clusterId: z.string(),
  farmId: z.string(),
  workPackageIds: z.array(z.string()),
  targetUnits: z.number().int(),
});
export type WorkPackageIssuedPayload = z.infer<typeof ZWorkPackageIssuedPayload>;
