// SQL shared by the catalog result and facet queries: one WITH RECURSIVE prelude computing, for a
// hub, the current lots (available units at warehouses/packhouses, not past best-before in the
// hub's today), valid certifications, cheapest current retail price and stock per product, and the
// matching products with one flag per filter so facets can leave their own filter out.
import { Prisma } from "@/generated/prisma/client";
import type { CatalogQuery } from "./schema";
import { parseTextQuery, tsQuerySql } from "./text-query";

/** `now` as a UTC timestamp, comparable with Prisma's timestamp(3) columns whatever the session time zone. */
export const utcTimestamp = (now: Date) => Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/**
 * The hub's calendar date, the current lots of its active SKUs (optionally only some SKUs) and valid
 * certifications. A lot is current when some stocking location holds available units of it before
 * its best-before date. `perLot` sums each lot's locations into one row (the product page lists
 * lots); the catalog only aggregates per product, so it skips that grouping and keeps one row per
 * balance with units available (the same lots: available is never negative).
 */
export function stockCtes(hubId: string, now: Date, skuFilter: Prisma.Sql = Prisma.empty, opts: { perLot: boolean } = { perLot: true }): Prisma.Sql {
  const from = Prisma.sql`
    FROM "StockBalance" b
    JOIN "Location" loc ON loc."id" = b."locationId" AND loc."kind" IN ('WAREHOUSE', 'PACKHOUSE')
    JOIN "Lot" l ON l."id" = b."lotId"
    JOIN "Sku" s ON s."id" = l."skuId" AND s."active"
    WHERE b."hubId" = ${hubId} AND l."bestBefore" >= (SELECT today FROM day) ${skuFilter}`;
  const lots = opts.perLot
    ? Prisma.sql`SELECT l."id", l."skuId", s."productId", l."farmId", l."clusterId", l."harvestedAt", SUM(b."onHand" - b."reserved")::int AS available
        ${from} GROUP BY l."id", s."productId" HAVING SUM(b."onHand" - b."reserved") > 0`
    : Prisma.sql`SELECT l."id", l."skuId", s."productId", l."farmId", l."clusterId", l."harvestedAt", b."onHand" - b."reserved" AS available
        ${from} AND b."onHand" > b."reserved"`;
  return Prisma.sql`
  day AS (
    SELECT (${now.toISOString()}::timestamptz AT TIME ZONE h."timeZone")::date AS today FROM "Hub" h WHERE h."id" = ${hubId}
  ),
  lots AS (${lots}),
  certs AS (
    SELECT c."organisationId", c."scheme"
    FROM "Certification" c
    WHERE c."hubId" = ${hubId} AND c."validFrom" <= (SELECT today FROM day) AND c."validTo" >= (SELECT today FROM day)
  )`;
}

/** Current RETAIL single-unit price of a SKU (alias `s`), as a LATERAL subquery body. */
export function currentRetailPrice(now: Date, skuAlias = "s"): Prisma.Sql {
  const sku = Prisma.raw(`"${skuAlias}"`);
  return Prisma.sql`
    SELECT pr."amountMinor", pr."currency" FROM "Price" pr
    WHERE pr."skuId" = ${sku}."id" AND pr."channel" = 'RETAIL' AND pr."minQuantity" = 1
      AND pr."validFrom" <= ${utcTimestamp(now)} AND (pr."validTo" IS NULL OR pr."validTo" > ${utcTimestamp(now)})
    ORDER BY pr."validFrom" DESC LIMIT 1`;
}

const TRUE = Prisma.sql`TRUE`;

/**
 * The full prelude (`WITH RECURSIVE ...`) ending with the `matched` CTE; callers append theirs.
 * Farms/clusters of current lots and their valid schemes are flattened into (product, org) and
 * (product, scheme) pairs first, so every filter and facet is a plain equi-join.
 */
export function catalogCtes(hubId: string, now: Date, q: CatalogQuery): Prisma.Sql {
  const text = parseTextQuery(q.q);
  const tsq = text ? tsQuerySql(text) : null;
  const inCategory = q.category
    ? Prisma.sql`p."categoryId" IN (SELECT cc."categoryId" FROM cat_closure cc JOIN "Category" a ON a."id" = cc."ancestorId" WHERE a."slug" = ${q.category})`
    : TRUE;
  const hasCert = q.certification
    ? Prisma.sql`p."id" IN (SELECT ps."productId" FROM product_schemes ps WHERE ps."scheme" = ${q.certification}::"CertificationScheme")`
    : TRUE;
  const fromOrigin = q.origin
    ? Prisma.sql`p."id" IN (SELECT po."productId" FROM product_orgs po JOIN "Organisation" o ON o."id" = po."orgId"
        WHERE o."hubId" = ${hubId} AND (o."code" = ${q.origin} OR o."id" = ${q.origin}))`
    : TRUE;
  return Prisma.sql`WITH RECURSIVE
  ${stockCtes(hubId, now, Prisma.empty, { perLot: false })},
  cat_closure AS (
    SELECT c."id" AS "ancestorId", c."id" AS "categoryId", 0 AS depth FROM "Category" c WHERE c."hubId" = ${hubId}
    UNION ALL
    SELECT cc."ancestorId", c."id", cc.depth + 1 FROM cat_closure cc JOIN "Category" c ON c."parentId" = cc."categoryId"
    WHERE cc.depth < 8
  ),
  product_orgs AS (
    SELECT l."productId", l."farmId" AS "orgId" FROM lots l UNION SELECT l."productId", l."clusterId" FROM lots l
  ),
  product_schemes AS (
    SELECT DISTINCT po."productId", c."scheme" FROM product_orgs po JOIN certs c ON c."organisationId" = po."orgId"
  ),
  product_stock AS (
    SELECT l."productId", SUM(l.available)::int AS available, MAX(l."harvestedAt") AS "latestHarvestAt" FROM lots l GROUP BY l."productId"
  ),
  product_price AS (
    SELECT DISTINCT ON (s."productId") s."productId", cur."amountMinor", cur."currency", s."name" AS "skuName", s."packQuantity", s."packUnit"
    FROM "Sku" s CROSS JOIN LATERAL (${currentRetailPrice(now)}) cur
    WHERE s."hubId" = ${hubId} AND s."active"
    ORDER BY s."productId", cur."amountMinor", s."packQuantity"
  ),
  matched AS (
    SELECT p."id", p."slug", p."name", p."categoryId", p."createdAt",
           ${tsq ? Prisma.sql`ts_rank(p."searchVector", ${tsq})` : Prisma.sql`0::real`} AS rank,
           ${inCategory} AS in_category,
           ${hasCert} AS has_cert,
           ${fromOrigin} AS from_origin,
           COALESCE(ps.available, 0) > 0 AS in_stock,
           ${q.inStock ? Prisma.sql`COALESCE(ps.available, 0) > 0` : TRUE} AS stock_ok,
           COALESCE(ps.available, 0) AS available,
           ps."latestHarvestAt",
           pp."amountMinor", pp."currency", pp."skuName", pp."packQuantity", pp."packUnit"
    FROM "Product" p
    LEFT JOIN product_stock ps ON ps."productId" = p."id"
    LEFT JOIN product_price pp ON pp."productId" = p."id"
    WHERE p."hubId" = ${hubId} AND p."active"
      AND EXISTS (SELECT 1 FROM "Sku" s WHERE s."productId" = p."id" AND s."active")
      ${tsq ? Prisma.sql`AND p."searchVector" @@ ${tsq}` : Prisma.empty}
  )`;
}
