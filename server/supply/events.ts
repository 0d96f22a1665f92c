// Events the supply context writes to the outbox (ARCHITECTURE.md §4: CapacityChanged).
import { z } from "zod";

export const SUPPLY_EVENTS = {
  capacityChanged: "supply/capacity.changed",
  contractChanged: "supply/contract.changed",
  transportCostChanged: "supply/transport-cost.changed",
  workPackageAcknowledged: "supply/work-package.acknowledged",
} as const;

/** Payload of supply/capacity.changed: planning re-plans the week (debounced per hub + week). */
export const ZCapacityChangedPayload = z.object({
  hubId: z.string(),
  clusterId: z.string(),
  skuId: z.string(),
  isoWeek: z.string(),
  snapshotId: z.string(),
  version: z.number().int(),
  beforeUnits: z.number().int().nullable(),
  afterUnits: z.number().int(),
});
export type CapacityChangedPayload = z.infer<typeof ZCapacityChangedPayload>;

export const ZContractChangedPayload = z.object({ hubId: z.string(), contractId: z.string(), clusterId: z.string(), skuId: z.string() });
export const ZTransportCostChangedPayload = z.object({ hubId: z.string(), clusterId: z.string(), zoneId: z.string(), perKgMinor: z.number().int() });
export const ZWorkPackageAcknowledgedPayload = z.object({ hubId: z.string(), workPackageId: z.string(), byUserId: z.string() });
