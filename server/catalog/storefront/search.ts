// The public catalog: full-text search, filters, sorting, paging and facet counts in ONE statement
// per page (the shared CTEs are computed once). No per-product queries.
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { unitPriceMinor, type PackUnit } from "@/lib/units";
import { parseOrThrow } from "@/lib/validate";
import { catalogCtes, currentRetailPrice } from "./catalog-sql";
import { facetRowsSql, toFacets, type FacetRow } from "./facets";
import { ZCatalogSearchInput, type CatalogPage, type CatalogProduct, type CatalogQuery, type CatalogSort, type CertificationSchemeCode, type TCatalogSearchInput } from "./schema";

const ORDER: Record<CatalogSort, Prisma.Sql> = {
  relevance: Prisma.sql`m.rank DESC, lower(m."name"), m."id"`,
  name: Prisma.sql`lower(m."name"), m."id"`,
  "price-asc": Prisma.sql`m."amountMinor" ASC NULLS LAST, lower(m."name"), m."id"`,
  "price-desc": Prisma.sql`m."amountMinor" DESC NULLS LAST, lower(m."name"), m."id"`,
  newest: Prisma.sql`m."createdAt" DESC, lower(m."name"), m."id"`,
  freshest: Prisma.sql`m."latestHarvestAt" DESC NULLS LAST, lower(m."name"), m."id"`,
};

type ProductJson = {
  slug: string;
  name: string;
  categorySlug: string;
  categoryName: string;
  rootSlug: string;
  rootName: string;
  available: number;
  latestHarvestAt: string | null;
  amountMinor: number | null;
  currency: string | null;
  skuName: string | null;
  packQuantity: number | null;
  packUnit: PackUnit | null;
  skus: { name: string; priceMinor: number | null }[] | null;
  schemes: CertificationSchemeCode[] | null;
  farms: string[] | null;
  clusters: string[] | null;
  imageKey: string | null;
  imageAlt: string | null;
};
type Row = { total: number; products: ProductJson[]; facets: FacetRow[] };

/** One page of products for the given search, filters and sort, with facet counts and the total. */
export async function searchCatalog(db: DbOrTx, hubId: string, input: TCatalogSearchInput, now = new Date()): Promise<CatalogPage> {
  const parsed = parseOrThrow(ZCatalogSearchInput, input);
  const sort: CatalogSort = parsed.sort === "relevance" && !parsed.q ? "name" : (parsed.sort ?? (parsed.q ? "relevance" : "name"));
  const query = { ...parsed, sort };
  const [row] = await db.$queryRaw<Row[]>(catalogSql(hubId, now, query));
  const total = row?.total ?? 0;
  return {
    query,
    products: (row?.products ?? []).map(toProduct),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    facets: toFacets(row?.facets ?? []),
  };
}

/** The whole page as one row: total, products (JSON, in order) and facet rows (JSON). */
export function catalogSql(hubId: string, now: Date, q: CatalogQuery & { sort: CatalogSort }): Prisma.Sql {
  const offset = (q.page - 1) * q.pageSize;
  return Prisma.sql`${catalogCtes(hubId, now, q)},
  filtered AS (
    SELECT m.*, row_number() OVER (ORDER BY ${ORDER[q.sort]}) AS ord FROM matched m
    WHERE m.in_category AND m.has_cert AND m.from_origin AND m.stock_ok
  ),
  page AS (SELECT * FROM filtered WHERE ord > ${offset} ORDER BY ord LIMIT ${q.pageSize}),
  cat_root AS (
    SELECT DISTINCT ON (cc."categoryId") cc."categoryId", a."slug", a."name"
    FROM cat_closure cc JOIN "Category" a ON a."id" = cc."ancestorId" ORDER BY cc."categoryId", cc.depth DESC
  ),
  scheme_lists AS (
    SELECT ps."productId", array_agg(ps."scheme"::text ORDER BY ps."scheme"::text) AS list
    FROM product_schemes ps WHERE ps."productId" IN (SELECT "id" FROM page) GROUP BY ps."productId"
  ),
  origin_lists AS (
    SELECT po."productId",
           array_agg(o."name" ORDER BY o."name") FILTER (WHERE o."kind" = 'FARM') AS farms,
           array_agg(o."name" ORDER BY o."name") FILTER (WHERE o."kind" = 'CLUSTER') AS clusters
    FROM product_orgs po JOIN "Organisation" o ON o."id" = po."orgId"
    WHERE po."productId" IN (SELECT "id" FROM page) GROUP BY po."productId"
  ),
  facet_rows AS (${facetRowsSql(hubId)})
  SELECT
    (SELECT count(*) FROM filtered)::int AS total,
    (SELECT COALESCE(json_agg(json_build_object(
        'slug', m."slug", 'name', m."name", 'categorySlug', c."slug", 'categoryName', c."name",
        'rootSlug', root."slug", 'rootName', root."name",
        'available', m.available, 'latestHarvestAt', m."latestHarvestAt" AT TIME ZONE 'UTC',
        'amountMinor', m."amountMinor", 'currency', m."currency", 'skuName', m."skuName",
        'packQuantity', m."packQuantity", 'packUnit', m."packUnit",
        'skus', skus.list, 'schemes', sl.list, 'farms', ol.farms, 'clusters', ol.clusters,
        'imageKey', img.key, 'imageAlt', img.alt) ORDER BY m.ord), '[]')
     FROM page m
     JOIN "Category" c ON c."id" = m."categoryId"
     JOIN cat_root root ON root."categoryId" = m."categoryId"
     LEFT JOIN scheme_lists sl ON sl."productId" = m."id"
     LEFT JOIN origin_lists ol ON ol."productId" = m."id"
     CROSS JOIN LATERAL (
       SELECT json_agg(json_build_object('name', s."name", 'priceMinor', cur."amountMinor") ORDER BY cur."amountMinor" NULLS LAST, s."packQuantity") AS list
       FROM "Sku" s LEFT JOIN LATERAL (${currentRetailPrice(now)}) cur ON TRUE
       WHERE s."productId" = m."id" AND s."active"
     ) skus
     LEFT JOIN LATERAL (
       SELECT i."variants"->>'card' AS key, i."alt" FROM "ProductImage" i WHERE i."productId" = m."id" ORDER BY i."position", i."id" LIMIT 1
     ) img ON TRUE) AS products,
    (SELECT COALESCE(json_agg(f), '[]') FROM facet_rows f) AS facets`;
}

function toProduct(r: ProductJson): CatalogProduct {
  const skus = r.skus ?? [];
  const per = r.amountMinor !== null && r.packQuantity !== null && r.packUnit ? unitPriceMinor(r.amountMinor, r.packQuantity, r.packUnit) : null;
  return {
    slug: r.slug,
    name: r.name,
    category: { slug: r.categorySlug, name: r.categoryName, rootSlug: r.rootSlug, rootName: r.rootName },
    skuCount: skus.length,
    packLabels: skus.map((s) => s.name),
    price:
      r.amountMinor !== null && r.currency && r.skuName
        ? { amountMinor: r.amountMinor, currency: r.currency.trim(), packLabel: r.skuName, perUnit: per ? { amountMinor: per.perMinor, per: per.per } : null }
        : null,
    inStock: r.available > 0,
    availableUnits: r.available,
    certifications: r.schemes ?? [],
    farms: r.farms ?? [],
    clusters: r.clusters ?? [],
    latestHarvestAt: r.latestHarvestAt ? new Date(r.latestHarvestAt) : null,
    imageKey: r.imageKey,
    imageAlt: r.imageAlt,
  };
}
