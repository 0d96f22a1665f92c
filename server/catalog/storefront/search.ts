// The public catalog: full-text search, filters, sorting and paging in two statements per page
// (results, and facets with the total), run side by side. No per-product queries.
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { unitPriceMinor, type PackUnit } from "@/lib/units";
import { parseOrThrow } from "@/lib/validate";
import { catalogCtes, currentRetailPrice } from "./catalog-sql";
import { catalogFacets } from "./facets";
import { ZCatalogSearchInput, type CatalogPage, type CatalogProduct, type CatalogQuery, type CatalogSort, type CertificationSchemeCode, type TCatalogSearchInput } from "./schema";

const ORDER: Record<CatalogSort, Prisma.Sql> = {
  relevance: Prisma.sql`m.rank DESC, lower(m."name"), m."id"`,
  name: Prisma.sql`lower(m."name"), m."id"`,
  "price-asc": Prisma.sql`m."amountMinor" ASC NULLS LAST, lower(m."name"), m."id"`,
  "price-desc": Prisma.sql`m."amountMinor" DESC NULLS LAST, lower(m."name"), m."id"`,
  newest: Prisma.sql`m."createdAt" DESC, lower(m."name"), m."id"`,
  freshest: Prisma.sql`m."latestHarvestAt" DESC NULLS LAST, lower(m."name"), m."id"`,
};

type Row = {
  slug: string;
  name: string;
  categorySlug: string;
  categoryName: string;
  rootSlug: string;
  rootName: string;
  available: number;
  latestHarvestAt: Date | null;
  amountMinor: number | null;
  currency: string | null;
  skuName: string | null;
  packQuantity: number | null;
  packUnit: PackUnit | null;
  skus: { code: string; name: string; packQuantity: number; packUnit: PackUnit; priceMinor: number | null }[];
  schemes: CertificationSchemeCode[] | null;
  farms: string[] | null;
  clusters: string[] | null;
  imageKey: string | null;
  imageAlt: string | null;
};

/** One page of products for the given search, filters and sort, with facet counts and the total. */
export async function searchCatalog(db: DbOrTx, hubId: string, input: TCatalogSearchInput, now = new Date()): Promise<CatalogPage> {
  const parsed = parseOrThrow(ZCatalogSearchInput, input);
  const sort: CatalogSort = parsed.sort === "relevance" && !parsed.q ? "name" : (parsed.sort ?? (parsed.q ? "relevance" : "name"));
  const query = { ...parsed, sort };
  const [rows, facets] = await Promise.all([db.$queryRaw<Row[]>(resultsSql(hubId, now, query)), catalogFacets(db, hubId, query, now)]);
  return {
    query,
    products: rows.map(toProduct),
    total: facets.total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(facets.total / query.pageSize)),
    facets: facets.facets,
  };
}

export function resultsSql(hubId: string, now: Date, q: CatalogQuery & { sort: CatalogSort }): Prisma.Sql {
  const offset = (q.page - 1) * q.pageSize;
  return Prisma.sql`${catalogCtes(hubId, now, q)},
  page AS (
    SELECT m.*, row_number() OVER (ORDER BY ${ORDER[q.sort]}) AS ord FROM matched m
    WHERE m.in_category AND m.has_cert AND m.from_origin AND m.stock_ok
    ORDER BY ${ORDER[q.sort]} LIMIT ${q.pageSize} OFFSET ${offset}
  )
  SELECT m."slug", m."name", c."slug" AS "categorySlug", c."name" AS "categoryName",
         root."slug" AS "rootSlug", root."name" AS "rootName",
         m.available, m."latestHarvestAt", m."amountMinor", m."currency", m."skuName", m."packQuantity", m."packUnit"::text AS "packUnit",
         skus.list AS skus, schemes.list AS schemes, origins.farms, origins.clusters,
         img.key AS "imageKey", img.alt AS "imageAlt"
  FROM page m
  JOIN "Category" c ON c."id" = m."categoryId"
  CROSS JOIN LATERAL (
    SELECT a."slug", a."name" FROM cat_closure cc JOIN "Category" a ON a."id" = cc."ancestorId"
    WHERE cc."categoryId" = m."categoryId" ORDER BY cc.depth DESC LIMIT 1
  ) root
  CROSS JOIN LATERAL (
    SELECT json_agg(json_build_object('code', s."code", 'name', s."name", 'packQuantity', s."packQuantity",
             'packUnit', s."packUnit", 'priceMinor', cur."amountMinor") ORDER BY cur."amountMinor" NULLS LAST, s."packQuantity") AS list
    FROM "Sku" s LEFT JOIN LATERAL (${currentRetailPrice(now)}) cur ON TRUE
    WHERE s."productId" = m."id" AND s."active"
  ) skus
  CROSS JOIN LATERAL (
    SELECT array_agg(DISTINCT ce."scheme"::text) AS list
    FROM lots l JOIN certs ce ON ce."organisationId" IN (l."farmId", l."clusterId") WHERE l."productId" = m."id"
  ) schemes
  CROSS JOIN LATERAL (
    SELECT array_agg(DISTINCT f."name") AS farms, array_agg(DISTINCT cl."name") AS clusters
    FROM lots l JOIN "Organisation" f ON f."id" = l."farmId" JOIN "Organisation" cl ON cl."id" = l."clusterId"
    WHERE l."productId" = m."id"
  ) origins
  LEFT JOIN LATERAL (
    SELECT i."variants"->>'card' AS key, i."alt" FROM "ProductImage" i WHERE i."productId" = m."id" ORDER BY i."position", i."id" LIMIT 1
  ) img ON TRUE
  ORDER BY m.ord`;
}

function toProduct(r: Row): CatalogProduct {
  const skus = r.skus ?? [];
  const price =
    r.amountMinor !== null && r.currency && r.skuName && r.packQuantity !== null && r.packUnit
      ? (() => {
          const per = unitPriceMinor(r.amountMinor, r.packQuantity, r.packUnit);
          return {
            amountMinor: r.amountMinor,
            currency: r.currency.trim(),
            packLabel: r.skuName,
            perUnit: per ? { amountMinor: per.perMinor, per: per.per } : null,
          };
        })()
      : null;
  return {
    slug: r.slug,
    name: r.name,
    category: { slug: r.categorySlug, name: r.categoryName, rootSlug: r.rootSlug, rootName: r.rootName },
    skuCount: skus.length,
    packLabels: skus.map((s) => s.name),
    price,
    inStock: r.available > 0,
    availableUnits: r.available,
    certifications: (r.schemes ?? []).sort(),
    farms: r.farms ?? [],
    clusters: r.clusters ?? [],
    latestHarvestAt: r.latestHarvestAt,
    imageKey: r.imageKey,
    imageAlt: r.imageAlt,
  };
}
