// Stock balances by location x SKU x lot, with availability, expiry and a status computed in SQL.
import { Prisma } from "@/generated/prisma/client";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { BALANCE_STATUSES, ZInventoryTableInput, type BalanceStatus } from "./schema";
import { EXPIRES_SOON_DAYS, containsPattern, hubToday, oneOf, orderBy, whereAll } from "./sql";

export type BalanceRow = {
  id: string;
  locationId: string;
  locationCode: string;
  locationName: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  productId: string;
  productName: string;
  categoryName: string;
  lotId: string;
  lotCode: string;
  grade: "EXTRA" | "CLASS_I" | "CLASS_II";
  farmId: string;
  farmName: string;
  harvestedAt: Date;
  /** Hub-local calendar date, YYYY-MM-DD. */
  bestBefore: string;
  onHand: number;
  reserved: number;
  available: number;
  /** Negative once past best-before. */
  daysToExpiry: number;
  /** Available units of this SKU at this location, all lots together (what LOW compares). */
  locationSkuAvailable: number;
  lowStockThreshold: number;
  status: BalanceStatus;
};

// Sort ids the table may request -> SQL over the "ranked" CTE below.
const SORT_SQL = {
  sku: `"skuCode"`,
  product: `"productName"`,
  location: `"locationCode"`,
  lot: `"lotCode"`,
  farm: `"farmName"`,
  grade: `grade`,
  harvestedAt: `"harvestedAt"`,
  bestBefore: `"bestBeforeDate"`,
  onHand: `"onHand"`,
  reserved: `reserved`,
  available: `available`,
  daysToExpiry: `"daysToExpiry"`,
  status: `"statusRank"`,
} as const;
export const BALANCE_SORTABLE = Object.keys(SORT_SQL) as (keyof typeof SORT_SQL)[];

type Filters = Record<string, string>;

/** Row-level conditions on balances; none of them splits a (location, SKU) group except q and empty. */
function balanceConditions(hubId: string, f: Filters): Prisma.Sql[] {
  const conditions = [Prisma.sql`b."hubId" = ${hubId}`];
  if (f.location) conditions.push(Prisma.sql`b."locationId" = ${f.location}`);
  if (f.sku) conditions.push(Prisma.sql`b."skuId" = ${f.sku}`);
  if (f.lot) conditions.push(Prisma.sql`b."lotId" = ${f.lot}`);
  if (f.category) conditions.push(Prisma.sql`(c.id = ${f.category} OR c."parentId" = ${f.category})`);
  if (f.empty !== "show") conditions.push(Prisma.sql`b."onHand" > 0`);
  const q = f.q?.trim();
  if (q) {
    const like = containsPattern(q);
    conditions.push(Prisma.sql`(s.code ILIKE ${like} OR s.name ILIKE ${like} OR p.name ILIKE ${like} OR l.code ILIKE ${like})`);
  }
  return conditions;
}

/** The balance rows with status; LOW compares the SKU's summed availability at the location (all lots). */
function rankedBalances(hubId: string, today: string, f: Filters): Prisma.Sql {
  return Prisma.sql`
    WITH rows AS (
      SELECT b.id, b."locationId", loc.code AS "locationCode", loc.name AS "locationName",
             b."skuId", s.code AS "skuCode", s.name AS "skuName", s."lowStockThreshold",
             p.id AS "productId", p.name AS "productName", c.name AS "categoryName",
             b."lotId", l.code AS "lotCode", l.grade::text AS grade, l."harvestedAt", l."bestBefore" AS "bestBeforeDate",
             to_char(l."bestBefore", 'YYYY-MM-DD') AS "bestBefore",
             f.id AS "farmId", f.name AS "farmName",
             b."onHand", b.reserved, b."onHand" - b.reserved AS available,
             (l."bestBefore" - ${today}::date) AS "daysToExpiry",
             (SELECT COALESCE(SUM(x."onHand" - x.reserved), 0) FROM "StockBalance" x
               WHERE x."locationId" = b."locationId" AND x."skuId" = b."skuId")::int AS "locationSkuAvailable"
      FROM "StockBalance" b
      JOIN "Location" loc ON loc.id = b."locationId"
      JOIN "Lot" l ON l.id = b."lotId"
      JOIN "Sku" s ON s.id = b."skuId"
      JOIN "Product" p ON p.id = s."productId"
      JOIN "Category" c ON c.id = p."categoryId"
      JOIN "Organisation" f ON f.id = l."farmId"
      ${whereAll(balanceConditions(hubId, f))}
    ), ranked AS (
      SELECT *,
        CASE WHEN "daysToExpiry" < 0 THEN 0 WHEN "daysToExpiry" <= ${EXPIRES_SOON_DAYS} THEN 1
             WHEN "locationSkuAvailable" < "lowStockThreshold" THEN 2 ELSE 3 END AS "statusRank"
      FROM rows
    )`;
}

const STATUS_RANK: Record<BalanceStatus, number> = { EXPIRED: 0, EXPIRES_SOON: 1, LOW: 2, OK: 3 };

/**
 * Balances of the caller's hub. Filters: location, category, q (SKU code/name, product, lot code),
 * status (EXPIRED | EXPIRES_SOON | LOW | OK), sku, lot, empty ("show" includes rows with nothing on hand).
 */
export async function listBalances(ctx: ServiceContext, raw: unknown): Promise<Page<BalanceRow>> {
  const q = parseOrThrow(ZInventoryTableInput, raw);
  const { skip, take, sort, direction } = pageArgs(q, BALANCE_SORTABLE, { id: "bestBefore", desc: false });
  const today = hubToday(ctx.now(), ctx.actor.hubTimeZone);
  const cte = rankedBalances(ctx.actor.hubId, today, q.filters);
  const status = oneOf(q.filters.status, BALANCE_STATUSES);
  const statusWhere = status ? Prisma.sql`WHERE "statusRank" = ${STATUS_RANK[status]}` : Prisma.empty;
  const [rows, count] = await Promise.all([
    ctx.db.$queryRaw<(Omit<BalanceRow, "status"> & { statusRank: number; bestBeforeDate: unknown })[]>`
      ${cte} SELECT * FROM ranked ${statusWhere}
      ${orderBy(SORT_SQL[sort.id], direction, `"bestBeforeDate" ASC, "locationCode" ASC, id ASC`)}
      LIMIT ${take} OFFSET ${skip}`,
    ctx.db.$queryRaw<{ total: number }[]>`${cte} SELECT COUNT(*)::int AS total FROM ranked ${statusWhere}`,
  ]);
  return {
    total: count[0]?.total ?? 0,
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- bestBeforeDate is only the sort key
    rows: rows.map(({ statusRank, bestBeforeDate, ...r }) => ({ ...r, status: BALANCE_STATUSES[statusRank]! })),
  };
}
