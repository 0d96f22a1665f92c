// zod inputs of the planning context: plan runs, publishing, crop programs and the portal's queries.
import { z } from "zod";
import { isIsoWeek } from "@/lib/iso-week";

const id = z.string().trim().min(1, "Required").max(64);
export const ZIsoWeek = z.string().trim().refine(isIsoWeek, "Enter a week such as 2026-W49.");

export const ZRunPlanInput = z.object({
  isoWeek: ZIsoWeek,
  kind: z.enum(["WEEK", "REPLAN"]).default("WEEK"),
  /** REPLAN: the plan to stay close to (default: the week's published plan, else its latest solved one). */
  previousRunId: id.optional(),
  /** Solve again even when a run with the same inputs exists. */
  force: z.boolean().default(false),
});
export type TRunPlanInput = z.infer<typeof ZRunPlanInput>;

export const ZRunId = z.object({ runId: id });
export const ZWeekInput = z.object({ isoWeek: ZIsoWeek });
export const ZWorkPackagesInput = z.object({ runId: id, clusterId: id.optional(), farmId: id.optional() });
export const ZCropProgramsInput = z.object({ runId: id.optional(), clusterId: id.optional(), skuId: id.optional() }).default({});
export const ZRunCropProgramsInput = z.object({ fromWeek: ZIsoWeek.optional(), force: z.boolean().default(false) }).default({ force: false });
export const ZCapacityVsDemandInput = z
  .object({ runId: id.optional(), isoWeek: ZIsoWeek.optional() })
  .refine((v) => v.runId || v.isoWeek, { message: "Pick a week.", path: ["isoWeek"] });
