// Closing pools: at the zone's last cutoff of the week (the job), or earlier when a planner closes the
// week. Per (hub, zone, week) one transaction: a conditional UPDATE closes the OPEN pools (projection
// and buffer go to zero: what is known is now all there is), writes demand/pool.closed and records the
// forecast accuracy. A second or concurrent close finds nothing OPEN and does nothing; the event id
// is derived from the zone-week, so even a late pool closed afterwards never yields a second event.
import type { Db, DbOrTx, Tx } from "@/lib/db";
import { inTransaction } from "@/lib/db";
import { emitEvent } from "../../events/outbox";
import { DEMAND_EVENTS, type PoolClosedPayload } from "../events";
import { recordForecastAccuracy } from "../forecast";
import { zoneWeekCutoffs, zoneWeekKey, type ZoneWeek } from "./cutoffs";

export type ClosedZoneWeek = ZoneWeek & { pools: number; units: number; cutoffAt: Date };

/** Closes the OPEN pools of one zone-week in `tx`; null when none was open. */
export async function closeZoneWeek(tx: Tx, input: ZoneWeek & { now: Date; cutoffAt: Date; closedBy: PoolClosedPayload["closedBy"] }): Promise<ClosedZoneWeek | null> {
  const { hubId, zoneId, isoWeek, now } = input;
  const closed = await tx.$queryRaw<{ units: number }[]>`
    WITH locked AS (
      SELECT id FROM "DemandPool"
      WHERE "hubId" = ${hubId} AND "zoneId" = ${zoneId} AND "isoWeek" = ${isoWeek} AND status = 'OPEN'
      ORDER BY "skuId" FOR UPDATE
    )
    UPDATE "DemandPool" p SET status = 'CLOSED', "closedAt" = ${now}, "projectedSubscribedUnits" = 0, "forecastBufferUnits" = 0, "updatedAt" = ${now}
    FROM locked WHERE p.id = locked.id AND p.status = 'OPEN'
    RETURNING (p."orderedUnits" + p."subscribedUnits" + p."b2bUnits")::int AS units`;
  if (closed.length === 0) return null;
  const units = closed.reduce((sum, r) => sum + r.units, 0);
  const payload: PoolClosedPayload = { hubId, zoneId, isoWeek, pools: closed.length, units, cutoffAt: input.cutoffAt.toISOString(), closedBy: input.closedBy };
  await emitEvent(tx, { name: DEMAND_EVENTS.poolClosed, hubId, key: `${hubId}:${zoneId}:${isoWeek}`, payload });
  await recordForecastAccuracy(tx, { hubId, zoneId, isoWeek });
  return { hubId, zoneId, isoWeek, pools: closed.length, units, cutoffAt: input.cutoffAt };
}

/** The zone-weeks with OPEN pools (of one hub, or all hubs), optionally of one week and zone. */
export async function openZoneWeeks(db: DbOrTx, where: { hubId?: string; isoWeek?: string; zoneId?: string } = {}): Promise<ZoneWeek[]> {
  const rows = await db.demandPool.groupBy({
    by: ["hubId", "zoneId", "isoWeek"],
    where: { status: "OPEN", ...where },
    orderBy: [{ hubId: "asc" }, { isoWeek: "asc" }, { zoneId: "asc" }],
  });
  return rows.map((r) => ({ hubId: r.hubId, zoneId: r.zoneId, isoWeek: r.isoWeek }));
}

/**
 * Closes every OPEN pool of each (hub, zone, week) whose last slot cutoff that week has passed (see
 * cutoffs.ts), one transaction and one demand/pool.closed event per zone-week. Idempotent.
 */
export async function closeDuePools(db: Db, input: { now: Date }): Promise<ClosedZoneWeek[]> {
  const groups = await openZoneWeeks(db);
  const cutoffs = await zoneWeekCutoffs(db, groups);
  const out: ClosedZoneWeek[] = [];
  for (const g of groups) {
    const cutoffAt = cutoffs.get(zoneWeekKey(g));
    if (!cutoffAt || cutoffAt.getTime() > input.now.getTime()) continue;
    const closed = await inTransaction(db, (tx) => closeZoneWeek(tx, { ...g, now: input.now, cutoffAt, closedBy: "cutoff" }));
    if (closed) out.push(closed);
  }
  return out;
}
