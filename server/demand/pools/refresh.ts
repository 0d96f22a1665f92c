// The pooling service's half of the pools: projected subscriptions and the forecast buffer of every
// open pool of a hub-week, in three set-based statements in one transaction. Ordered, subscribed and
// B2B units are not touched here: the order triggers keep them (migration demand_pool_triggers).
import { Prisma } from "@/generated/prisma/client";
import { inTransaction, type DbOrTx } from "@/lib/db";
import { isoDateOf, weekStart } from "@/lib/iso-week";
import { forecastP50ForWeek } from "../forecast";

export type RefreshSummary = { hubId: string; isoWeek: string; created: number; updated: number; pools: number; projectedUnits: number; bufferUnits: number };

/**
 * Subscriptions the week's renewal would turn into an order (renewalDecision CREATE: active, or paused
 * only until before the delivery date; a delivery week of the cadence; not skipped) that have no
 * renewal record and no order for the week yet, summed per (SKU, zone) over their lines; beside the
 * forecast p50 per (SKU, zone), for the zones of the week that are not closed.
 */
function targets(hubId: string, isoWeek: string, forecast: { skuId: string; zoneId: string; p50: number }[]): Prisma.Sql {
  const monday = isoDateOf(weekStart(isoWeek));
  return Prisma.sql`
    WITH due AS (
      SELECT s.id, s."zoneId"
      FROM "Subscription" s
      JOIN "DeliveryWindow" w ON w.id = s."windowId"
      WHERE s."hubId" = ${hubId} AND s.status IN ('ACTIVE', 'PAUSED') AND s."anchorWeek" <= ${isoWeek}
        AND (s.cadence = 'WEEKLY' OR ((${monday}::date - to_date(s."anchorWeek", 'IYYY-"W"IW')) / 7) % 2 = 0)
        AND NOT (s.status = 'PAUSED' AND (s."pausedUntil" IS NULL OR s."pausedUntil" >= ${monday}::date + (w.weekday - 1)))
        AND NOT EXISTS (SELECT 1 FROM "SubscriptionSkip" k WHERE k."subscriptionId" = s.id AND k."isoWeek" = ${isoWeek})
        AND NOT EXISTS (SELECT 1 FROM "SubscriptionRenewal" r WHERE r."subscriptionId" = s.id AND r."isoWeek" = ${isoWeek})
        AND NOT EXISTS (SELECT 1 FROM "Order" o WHERE o."subscriptionId" = s.id AND o."isoWeek" = ${isoWeek})
    ), projected AS (
      SELECT l."skuId", d."zoneId", sum(l.quantity)::int AS units
      FROM due d JOIN "SubscriptionLine" l ON l."subscriptionId" = d.id
      GROUP BY l."skuId", d."zoneId"
    ), forecast AS (
      SELECT f."skuId", f."zoneId", f.p50
      FROM jsonb_to_recordset(${JSON.stringify(forecast)}::jsonb) AS f("skuId" text, "zoneId" text, p50 int)
    ), closed_zones AS (
      SELECT DISTINCT "zoneId" FROM "DemandPool" WHERE "hubId" = ${hubId} AND "isoWeek" = ${isoWeek} AND status = 'CLOSED'
    ), target AS (
      SELECT coalesce(p."skuId", f."skuId") AS "skuId", coalesce(p."zoneId", f."zoneId") AS "zoneId",
             coalesce(p.units, 0) AS projected, coalesce(f.p50, 0) AS p50
      FROM projected p FULL JOIN forecast f ON f."skuId" = p."skuId" AND f."zoneId" = p."zoneId"
    )`;
}

/**
 * Sets projectedSubscribedUnits and forecastBufferUnits = max(0, round(p50) - (ordered + subscribed +
 * projected + b2b)) on every OPEN pool of the hub-week, creating pools for (SKU, zone) pairs that have
 * only a projection or a forecast. Closed pools and closed zone-weeks are left alone. Idempotent.
 */
export async function refreshPools(db: DbOrTx, input: { hubId: string; isoWeek: string; now: Date }): Promise<RefreshSummary> {
  const { hubId, isoWeek, now } = input;
  const p50 = await forecastP50ForWeek(db, { hubId, isoWeek });
  const forecast = [...p50]
    .map(([k, units]) => ({ skuId: k.split("|")[0]!, zoneId: k.split("|")[1]!, p50: Math.max(0, Math.round(units)) }))
    .filter((f) => f.p50 > 0);
  const cte = targets(hubId, isoWeek, forecast);
  return inTransaction(db, async (tx) => {
    // Lock the week's open pools in key order (the triggers' order), so a refresh queues with order writes instead of deadlocking.
    await tx.$queryRaw`SELECT id FROM "DemandPool" WHERE "hubId" = ${hubId} AND "isoWeek" = ${isoWeek} AND status = 'OPEN' ORDER BY "skuId", "zoneId" FOR UPDATE`;
    const created = await tx.$executeRaw`
      ${cte}
      INSERT INTO "DemandPool" ("id", "hubId", "isoWeek", "skuId", "zoneId", "updatedAt")
      SELECT gen_random_uuid()::text, ${hubId}, ${isoWeek}, t."skuId", t."zoneId", ${now}
      FROM target t
      WHERE (t.projected > 0 OR t.p50 > 0) AND t."zoneId" NOT IN (SELECT "zoneId" FROM closed_zones)
      ORDER BY t."skuId", t."zoneId"
      ON CONFLICT ("hubId", "isoWeek", "skuId", "zoneId") DO NOTHING`;
    const updated = await tx.$executeRaw`
      ${cte}
      UPDATE "DemandPool" p SET
        "projectedSubscribedUnits" = coalesce(t.projected, 0),
        "forecastBufferUnits" = greatest(0, coalesce(t.p50, 0) - (p."orderedUnits" + p."subscribedUnits" + p."b2bUnits" + coalesce(t.projected, 0))),
        "updatedAt" = ${now}
      FROM "DemandPool" q LEFT JOIN target t ON t."skuId" = q."skuId" AND t."zoneId" = q."zoneId"
      WHERE q."hubId" = ${hubId} AND q."isoWeek" = ${isoWeek} AND q.status = 'OPEN' AND p.id = q.id AND p.status = 'OPEN'
        AND (p."projectedSubscribedUnits" <> coalesce(t.projected, 0)
          OR p."forecastBufferUnits" <> greatest(0, coalesce(t.p50, 0) - (p."orderedUnits" + p."subscribedUnits" + p."b2bUnits" + coalesce(t.projected, 0))))`;
    const [totals] = await tx.$queryRaw<{ pools: number; projected: number; buffer: number }[]>`
      SELECT count(*)::int AS pools, coalesce(sum("projectedSubscribedUnits"), 0)::int AS projected, coalesce(sum("forecastBufferUnits"), 0)::int AS buffer
      FROM "DemandPool" WHERE "hubId" = ${hubId} AND "isoWeek" = ${isoWeek} AND status = 'OPEN'`;
    return { hubId, isoWeek, created, updated, pools: totals!.pools, projectedUnits: totals!.projected, bufferUnits: totals!.buffer };
  });
}
