// Events the demand context writes to the outbox (ARCHITECTURE.md §4: PoolClosed).
import { z } from "zod";

export const DEMAND_EVENTS = {
  poolClosed: "demand/pool.closed",
} as const;

/** Payload of demand/pool.closed: one event per (hub, zone, week) when its pools close; planning plans the week. */
export const ZPoolClosedPayload = z.object({
  hubId: z.string(),
  zoneId: z.string(),
  isoWeek: z.string(),
  /** Pools of the zone-week that closed. */
  pools: z.number().int(),
  /** Their known demand: ordered + subscribed + B2B units. */
  units: z.number().int(),
  /** The zone's last cutoff of the week, or when a planner closed it early ("manual"). */
  cutoffAt: z.string(),
  closedBy: z.enum(["cutoff", "planner"]),
});
export type PoolClosedPayload = z.infer<typeof ZPoolClosedPayload>;
