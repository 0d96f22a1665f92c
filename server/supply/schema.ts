// zod inputs of the supply context: capacity declarations, contracts, transport costs and queries.
import { z } from "zod";
import { isIsoWeek } from "@/lib/iso-week";
import { ZTableQuery } from "@/lib/paging";

const id = z.string().trim().min(1, "Required").max(64);
export const ZIsoWeek = z.string().trim().refine(isIsoWeek, "Enter a week such as 2026-W49.");
const units = z.number({ error: "Enter a number of units" }).int("Whole units only").min(0, "Cannot be negative").max(1_000_000, "At most 1,000,000 units");
const confidence = z.number({ error: "Enter a confidence" }).min(0, "Between 0 and 1").max(1, "Between 0 and 1");
const reason = z.string().trim().max(500, "At most 500 characters").default("");

/** One declaration. expectedVersion: the version the person saw (0 = none yet); a mismatch is a CONFLICT. */
export const ZDeclareCapacityInput = z.object({
  clusterId: id,
  skuId: id,
  isoWeek: ZIsoWeek,
  units,
  confidence,
  reason,
  expectedVersion: z.number().int().min(0).optional(),
});
export type TDeclareCapacityInput = z.infer<typeof ZDeclareCapacityInput>;

export const ZCapacityEntry = z.object({ skuId: id, isoWeek: ZIsoWeek, units, confidence, expectedVersion: z.number().int().min(0).optional() });

/** Several cells at once (one SKU over several weeks, or a whole grid edit), with one reason. */
export const ZDeclareCapacityBulkInput = z.object({
  clusterId: id,
  reason,
  entries: z.array(ZCapacityEntry).min(1, "Nothing to save").max(400, "At most 400 cells at once"),
});
export type TDeclareCapacityBulkInput = z.infer<typeof ZDeclareCapacityBulkInput>;

const minor = z.number({ error: "Enter an amount" }).int("Whole cents only").min(0, "Cannot be negative").max(10_000_000, "Too large");

const contractTerms = {
  seasonStartWeek: ZIsoWeek,
  seasonEndWeek: ZIsoWeek,
  unitPriceMinor: minor,
  minWeeklyUnits: units,
  maxWeeklyUnits: units.refine((v) => v > 0, "The weekly maximum must be above zero"),
};

export const ZCreateContractInput = z.object({ clusterId: id, skuId: id, ...contractTerms });
export type TCreateContractInput = z.infer<typeof ZCreateContractInput>;

export const ZUpdateContractInput = z.object({ contractId: id, ...contractTerms, active: z.boolean() });
export type TUpdateContractInput = z.infer<typeof ZUpdateContractInput>;

export const ZSetTransportCostInput = z.object({ clusterId: id, zoneId: id, perKgMinor: minor });

export const ZCapacityGridQuery = z.object({
  /** Coordinators see their own cluster whatever they pass; planners choose. */
  clusterId: id.optional(),
  fromWeek: ZIsoWeek.optional(),
  weeks: z.number().int().min(1).max(26).default(13),
});
export type TCapacityGridQuery = z.infer<typeof ZCapacityGridQuery>;

export const ZSnapshotRef = z.object({ snapshotId: id });

export const ZContractsQuery = ZTableQuery.extend({ clusterId: id.optional(), activeOnly: z.boolean().default(false) });
export type TContractsQuery = z.infer<typeof ZContractsQuery>;

export const ZWorkPackagesQuery = z.object({ fromWeek: ZIsoWeek.optional(), weeks: z.number().int().min(1).max(8).default(2) });
export const ZWorkPackageRef = z.object({ workPackageId: id });
export const ZCapacityVsPlanQuery = z.object({ weeks: z.number().int().min(1).max(26).default(13) });
