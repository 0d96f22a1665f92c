// Facet counts for the catalog in one statement: each facet counts the products matching the search
// and every other filter (its own left out, so a shopper sees what choosing another value would give).
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { catalogCtes } from "./catalog-sql";
import { SCHEME_LABELS, type CatalogFacets, type CatalogQuery, type CategoryFacet, type CertificationSchemeCode, type FacetCount, type OriginFacet } from "./schema";

type Row = {
  facet: "total" | "inStock" | "category" | "certification" | "origin";
  value: string | null;
  label: string | null;
  parent: string | null;
  kind: string | null;
  position: number;
  count: number;
};

/** Total matching products and the facet counts for the catalog sidebar. */
export async function catalogFacets(db: DbOrTx, hubId: string, q: CatalogQuery, now: Date): Promise<{ total: number; facets: CatalogFacets }> {
  const rows = await db.$queryRaw<Row[]>(facetsSql(hubId, q, now));
  return { total: rows.find((r) => r.facet === "total")?.count ?? 0, facets: toFacets(rows) };
}

export function facetsSql(hubId: string, q: CatalogQuery, now: Date): Prisma.Sql {
  return Prisma.sql`${catalogCtes(hubId, now, q)}
  SELECT 'total' AS facet, NULL AS value, NULL AS label, NULL AS parent, NULL AS kind, 0 AS position,
         (count(*) FILTER (WHERE in_category AND has_cert AND from_origin AND stock_ok))::int AS count
  FROM matched
  UNION ALL
  SELECT 'inStock', NULL, NULL, NULL, NULL, 0, (count(*) FILTER (WHERE in_category AND has_cert AND from_origin AND in_stock))::int
  FROM matched
  UNION ALL
  SELECT 'category', a."slug", a."name", parent."slug", NULL, a."position", count(DISTINCT m."id")::int
  FROM "Category" a
  LEFT JOIN "Category" parent ON parent."id" = a."parentId"
  LEFT JOIN cat_closure cc ON cc."ancestorId" = a."id"
  LEFT JOIN matched m ON m."categoryId" = cc."categoryId" AND m.has_cert AND m.from_origin AND m.stock_ok
  WHERE a."hubId" = ${hubId}
  GROUP BY a."id", parent."slug"
  UNION ALL
  SELECT 'certification', ce."scheme"::text, NULL, NULL, NULL, 0, count(DISTINCT m."id")::int
  FROM matched m JOIN lots l ON l."productId" = m."id" JOIN certs ce ON ce."organisationId" IN (l."farmId", l."clusterId")
  WHERE m.in_category AND m.from_origin AND m.stock_ok
  GROUP BY ce."scheme"
  UNION ALL
  SELECT 'origin', o."code", o."name", parent."code", o."kind"::text, 0, count(DISTINCT m."id")::int
  FROM matched m JOIN lots l ON l."productId" = m."id"
  JOIN "Organisation" o ON o."id" IN (l."farmId", l."clusterId")
  LEFT JOIN "Organisation" parent ON parent."id" = o."parentId"
  WHERE m.in_category AND m.has_cert AND m.stock_ok
  GROUP BY o."id", parent."code"`;
}

function toFacets(rows: Row[]): CatalogFacets {
  const of = (facet: Row["facet"]) => rows.filter((r) => r.facet === facet);
  const certifications: FacetCount[] = of("certification")
    .map((r) => ({ value: r.value!, label: SCHEME_LABELS[r.value as CertificationSchemeCode] ?? r.value!, count: r.count }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    categories: categoryTree(of("category")),
    certifications,
    origins: originList(of("origin")),
    inStock: of("inStock")[0]?.count ?? 0,
  };
}

/** Categories depth-first (parents before their children, siblings by position then name). */
function categoryTree(rows: Row[]): CategoryFacet[] {
  const children = new Map<string | null, Row[]>();
  const slugs = new Set(rows.map((r) => r.value));
  for (const r of rows) {
    const parent = r.parent && slugs.has(r.parent) ? r.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: CategoryFacet[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.position - b.position || a.label!.localeCompare(b.label!));
    for (const r of list) {
      out.push({ value: r.value!, label: r.label!, count: r.count, parentSlug: r.parent, depth });
      if (depth < 8) visit(r.value, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Clusters by name, each followed by its farms by name. */
function originList(rows: Row[]): OriginFacet[] {
  const clusters = rows.filter((r) => r.kind === "CLUSTER").sort((a, b) => a.label!.localeCompare(b.label!));
  const farms = rows.filter((r) => r.kind === "FARM").sort((a, b) => a.label!.localeCompare(b.label!));
  const facet = (r: Row, clusterCode: string | null): OriginFacet => ({ value: r.value!, label: r.label!, count: r.count, kind: r.kind as "FARM" | "CLUSTER", clusterCode });
  const out: OriginFacet[] = [];
  for (const c of clusters) {
    out.push(facet(c, c.value));
    for (const f of farms.filter((f) => f.parent === c.value)) out.push(facet(f, c.value));
  }
  // Farms whose cluster has no current lot of its own listed (cannot happen with Lot.clusterId, but keep them).
  for (const f of farms.filter((f) => !clusters.some((c) => c.value === f.parent))) out.push(facet(f, f.parent));
  return out;
}
