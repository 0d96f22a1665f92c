// The planner portal's pools: a server-side table (paged, sorted, filtered) and a per-zone summary of a week.
import { Prisma } from "@/generated/prisma/client";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { zoneWeekCutoffs, zoneWeekKey } from "./cutoffs";
import { POOL_STATUSES, ZPoolsTableInput, ZPoolWeek } from "./schema";

export type PoolRow = {
  id: string; isoWeek: string; status: "OPEN" | "CLOSED";
  skuId: string; skuCode: string; skuName: string; productName: string; zoneId: string; zoneCode: string; zoneName: string;
  orderedUnits: number; subscribedUnits: number; projectedSubscribedUnits: number; b2bUnits: number; forecastBufferUnits: number; totalUnits: number;
  closedAt: Date | null; updatedAt: Date;
};

// Sort ids the table may request -> SQL over the "rows" CTE.
const SORT_SQL = {
  week: `"isoWeek"`, sku: `"skuCode"`, product: `"productName"`, zone: `"zoneCode"`, status: `status`,
  ordered: `"orderedUnits"`, subscribed: `"subscribedUnits"`, projected: `"projectedSubscribedUnits"`, b2b: `"b2bUnits"`,
  buffer: `"forecastBufferUnits"`, total: `"totalUnits"`, updatedAt: `"updatedAt"`,
} as const;
export const POOL_SORTABLE = Object.keys(SORT_SQL) as (keyof typeof SORT_SQL)[];

function conditions(hubId: string, f: Record<string, string>): Prisma.Sql[] {
  const out = [Prisma.sql`p."hubId" = ${hubId}`];
  if (f.week) out.push(Prisma.sql`p."isoWeek" = ${f.week.trim()}`);
  if (f.zone) out.push(Prisma.sql`(z.code = ${f.zone} OR z.id = ${f.zone})`);
  if (f.sku) out.push(Prisma.sql`(s.code = ${f.sku} OR s.id = ${f.sku})`);
  if ((POOL_STATUSES as readonly string[]).includes(f.status ?? "")) out.push(Prisma.sql`p.status = ${f.status}::"PoolStatus"`);
  const q = f.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    out.push(Prisma.sql`(s.code ILIKE ${like} OR s.name ILIKE ${like} OR pr.name ILIKE ${like})`);
  }
  return out;
}

/** Pools of the caller's hub (planning:portal), with SKU and zone labels; see ZPoolsTableInput for filters. */
export async function listPools(ctx: ServiceContext, raw: unknown): Promise<Page<PoolRow>> {
  const q = parseOrThrow(ZPoolsTableInput, raw ?? {});
  const { skip, take, sort, direction } = pageArgs(q, POOL_SORTABLE, { id: "total", desc: true });
  const where = Prisma.join(conditions(ctx.actor.hubId, q.filters), " AND ");
  const cte = Prisma.sql`
    WITH rows AS (
      SELECT p.id, p."isoWeek", p.status::text AS status, p."skuId", s.code AS "skuCode", s.name AS "skuName", pr.name AS "productName",
             p."zoneId", z.code AS "zoneCode", z.name AS "zoneName",
             p."orderedUnits", p."subscribedUnits", p."projectedSubscribedUnits", p."b2bUnits", p."forecastBufferUnits",
             (p."orderedUnits" + p."subscribedUnits" + p."projectedSubscribedUnits" + p."b2bUnits" + p."forecastBufferUnits") AS "totalUnits",
             p."closedAt", p."updatedAt"
      FROM "DemandPool" p
      JOIN "Sku" s ON s.id = p."skuId"
      JOIN "Product" pr ON pr.id = s."productId"
      JOIN "DeliveryZone" z ON z.id = p."zoneId"
      WHERE ${where}
    )`;
  const order = Prisma.raw(`${SORT_SQL[sort.id]} ${direction === "desc" ? "DESC" : "ASC"}, "isoWeek" DESC, "skuCode" ASC, "zoneCode" ASC, id ASC`);
  const [rows, count] = await Promise.all([
    ctx.db.$queryRaw<PoolRow[]>`${cte} SELECT * FROM rows ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`,
    ctx.db.$queryRaw<{ total: number }[]>`${cte} SELECT count(*)::int AS total FROM rows`,
  ]);
  return { total: count[0]?.total ?? 0, rows };
}

export type ZoneWeekSummary = {
  zoneId: string; zoneCode: string; zoneName: string; pools: number; openPools: number;
  orderedUnits: number; subscribedUnits: number; projectedSubscribedUnits: number; b2bUnits: number; forecastBufferUnits: number; totalUnits: number;
  /** Every pool of the zone-week is closed (false while it has none). */
  closed: boolean; closedAt: Date | null;
  /** The zone's last order cutoff of the week: when the job closes it. */
  cutoffAt: Date | null; cutoffPassed: boolean;
};
export type WeekSummary = { isoWeek: string; zones: ZoneWeekSummary[]; totals: Omit<ZoneWeekSummary, "zoneId" | "zoneCode" | "zoneName" | "closedAt" | "cutoffAt" | "cutoffPassed" | "closed"> };

/** Per zone of the caller's hub: pools and units by source in the week, whether it has closed, and its cutoff. */
export async function weekSummary(ctx: ServiceContext, raw: unknown): Promise<WeekSummary> {
  const { isoWeek } = parseOrThrow(ZPoolWeek, raw);
  const hubId = ctx.actor.hubId;
  const rows = await ctx.db.$queryRaw<Omit<ZoneWeekSummary, "cutoffAt" | "cutoffPassed" | "closed">[]>`
    SELECT z.id AS "zoneId", z.code AS "zoneCode", z.name AS "zoneName",
      count(p.id)::int AS pools, (count(p.id) FILTER (WHERE p.status = 'OPEN'))::int AS "openPools",
      coalesce(sum(p."orderedUnits"), 0)::int AS "orderedUnits", coalesce(sum(p."subscribedUnits"), 0)::int AS "subscribedUnits",
      coalesce(sum(p."projectedSubscribedUnits"), 0)::int AS "projectedSubscribedUnits", coalesce(sum(p."b2bUnits"), 0)::int AS "b2bUnits",
      coalesce(sum(p."forecastBufferUnits"), 0)::int AS "forecastBufferUnits",
      coalesce(sum(p."orderedUnits" + p."subscribedUnits" + p."projectedSubscribedUnits" + p."b2bUnits" + p."forecastBufferUnits"), 0)::int AS "totalUnits",
      max(p."closedAt") AS "closedAt"
    FROM "DeliveryZone" z
    LEFT JOIN "DemandPool" p ON p."zoneId" = z.id AND p."hubId" = ${hubId} AND p."isoWeek" = ${isoWeek}
    WHERE z."hubId" = ${hubId} AND (z.active OR p.id IS NOT NULL)
    GROUP BY z.id, z.code, z.name
    ORDER BY z.code`;
  const cutoffs = await zoneWeekCutoffs(ctx.db, rows.map((r) => ({ hubId, zoneId: r.zoneId, isoWeek })));
  const now = ctx.now().getTime();
  const zones = rows.map((r) => {
    const cutoffAt = cutoffs.get(zoneWeekKey({ zoneId: r.zoneId, isoWeek })) ?? null;
    return { ...r, closed: r.pools > 0 && r.openPools === 0, closedAt: r.pools > 0 && r.openPools === 0 ? r.closedAt : null, cutoffAt, cutoffPassed: cutoffAt !== null && cutoffAt.getTime() <= now };
  });
  const sum = (k: keyof ZoneWeekSummary) => zones.reduce((s, z) => s + (z[k] as number), 0);
  return {
    isoWeek, zones,
    totals: {
      pools: sum("pools"), openPools: sum("openPools"), orderedUnits: sum("orderedUnits"), subscribedUnits: sum("subscribedUnits"),
      projectedSubscribedUnits: sum("projectedSubscribedUnits"), b2bUnits: sum("b2bUnits"), forecastBufferUnits: sum("forecastBufferUnits"), totalUnits: sum("totalUnits"),
    },
  };
}
