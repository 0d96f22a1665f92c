// The published run's series for the planner's table: method, backtest WAPE vs seasonal naive, bias,
// confidence and next week's p50, with server-side sort, filter and paging.
import { Prisma } from "@/generated/prisma/client";
import { pageArgs, type Page } from "@/lib/paging";
import type { ServiceContext } from "@/server/context";
import { publishedRun } from "./queries";
import type { TSeriesListQuery } from "./schema";

export type SeriesRow = {
  skuId: string; skuCode: string; skuName: string; productName: string;
  zoneId: string; zoneCode: string;
  method: string; intermittent: boolean;
  wape: number; seasonalNaiveWape: number; bias: number; historyWeeks: number;
  /** Mean confidence over the horizon. */
  confidence: number;
  /** p50 of the first forecast week. */
  nextP50: number;
};

const SORTS = {
  sku: Prisma.sql`s.code`,
  zone: Prisma.sql`z.code`,
  method: Prisma.sql`fs.method`,
  wape: Prisma.sql`fs.wape`,
  seasonalNaiveWape: Prisma.sql`fs."seasonalNaiveWape"`,
  bias: Prisma.sql`fs.bias`,
  confidence: Prisma.sql`f.confidence`,
  nextP50: Prisma.sql`f."nextP50"`,
} as const;
type SortId = keyof typeof SORTS;

function filtersSql(filters: Record<string, string>): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (filters.sku) out.push(Prisma.sql`(s.code ILIKE ${`%${filters.sku}%`} OR p.name ILIKE ${`%${filters.sku}%`})`);
  if (filters.zoneId) out.push(Prisma.sql`fs."zoneId" = ${filters.zoneId}`);
  if (filters.method) out.push(Prisma.sql`fs.method::text = ${filters.method}`);
  // Intermittent series were backtested with Croston and TSB as candidates.
  if (filters.class === "intermittent") out.push(Prisma.sql`(fs.candidates -> 'CROSTON') IS NOT NULL`);
  if (filters.class === "smooth") out.push(Prisma.sql`(fs.candidates -> 'CROSTON') IS NULL`);
  return out;
}

/** A page of the published run's series. */
export async function listForecastSeries(ctx: ServiceContext, q: TSeriesListQuery): Promise<Page<SeriesRow> & { runId: string | null; asOfWeek: string | null }> {
  const run = await publishedRun(ctx);
  if (!run) return { rows: [], total: 0, runId: null, asOfWeek: null };
  const { skip, take, sort, direction } = pageArgs<SortId>(q, Object.keys(SORTS) as SortId[], { id: "sku", desc: false });
  const where = Prisma.join([Prisma.sql`fs."runId" = ${run.id}`, ...filtersSql(q.filters)], " AND ");
  const from = Prisma.sql`
    FROM "ForecastSeries" fs
    JOIN "Sku" s ON s.id = fs."skuId"
    JOIN "Product" p ON p.id = s."productId"
    JOIN "DeliveryZone" z ON z.id = fs."zoneId"`;
  const rows = await ctx.db.$queryRaw<SeriesRow[]>`
    SELECT fs."skuId", s.code AS "skuCode", s.name AS "skuName", p.name AS "productName", fs."zoneId", z.code AS "zoneCode",
           fs.method::text AS method, (fs.candidates -> 'CROSTON') IS NOT NULL AS intermittent, fs.wape, fs."seasonalNaiveWape", fs.bias, fs."historyWeeks",
           f.confidence, f."nextP50"
    ${from}
    CROSS JOIN LATERAL (
      SELECT COALESCE(AVG(x.confidence), 0)::float8 AS confidence, COALESCE(MAX(x.p50) FILTER (WHERE x.horizon = 1), 0)::float8 AS "nextP50"
      FROM "Forecast" x WHERE x."runId" = fs."runId" AND x."skuId" = fs."skuId" AND x."zoneId" = fs."zoneId") f
    WHERE ${where}
    ORDER BY ${SORTS[sort.id]} ${direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`}, s.code, z.code
    LIMIT ${take} OFFSET ${skip}`;
  const [count] = await ctx.db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total ${from} WHERE ${where}`;
  return { rows, total: count?.total ?? 0, runId: run.id, asOfWeek: run.asOfWeek };
}
