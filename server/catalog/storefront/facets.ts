// Facet counts for the catalog sidebar, computed inside the catalog statement: each facet counts the
// products matching the search and every other filter (its own left out, so a shopper sees what
// choosing another value would give).
import { Prisma } from "@/generated/prisma/client";
import { SCHEME_LABELS, type CatalogFacets, type CategoryFacet, type CertificationSchemeCode, type FacetCount, type OriginFacet } from "./schema";

export type FacetRow = {
  facet: "inStock" | "category" | "certification" | "origin";
  value: string | null;
  label: string | null;
  parent: string | null;
  kind: string | null;
  position: number;
  count: number;
};

/** The `facet_rows` CTE body over `matched`, `cat_closure`, `product_schemes` and `product_orgs`. */
export function facetRowsSql(hubId: string): Prisma.Sql {
  return Prisma.sql`
  SELECT 'inStock' AS facet, NULL::text AS value, NULL::text AS label, NULL::text AS parent, NULL::text AS kind, 0 AS position,
         (count(*) FILTER (WHERE in_category AND has_cert AND from_origin AND in_stock))::int AS count
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
  SELECT 'certification', ps."scheme"::text, NULL, NULL, NULL, 0, count(*)::int
  FROM matched m JOIN product_schemes ps ON ps."productId" = m."id"
  WHERE m.in_category AND m.from_origin AND m.stock_ok
  GROUP BY ps."scheme"
  UNION ALL
  SELECT 'origin', o."code", o."name", parent."code", o."kind"::text, 0, count(*)::int
  FROM matched m JOIN product_orgs po ON po."productId" = m."id"
  JOIN "Organisation" o ON o."id" = po."orgId"
  LEFT JOIN "Organisation" parent ON parent."id" = o."parentId"
  WHERE m.in_category AND m.has_cert AND m.stock_ok
  GROUP BY o."id", parent."code"`;
}

export function toFacets(rows: FacetRow[]): CatalogFacets {
  const of = (facet: FacetRow["facet"]) => rows.filter((r) => r.facet === facet);
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
function categoryTree(rows: FacetRow[]): CategoryFacet[] {
  const children = new Map<string | null, FacetRow[]>();
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
function originList(rows: FacetRow[]): OriginFacet[] {
  const clusters = rows.filter((r) => r.kind === "CLUSTER").sort((a, b) => a.label!.localeCompare(b.label!));
  const farms = rows.filter((r) => r.kind === "FARM").sort((a, b) => a.label!.localeCompare(b.label!));
  const facet = (r: FacetRow, clusterCode: string | null): OriginFacet => ({ value: r.value!, label: r.label!, count: r.count, kind: r.kind as "FARM" | "CLUSTER", clusterCode });
  const out: OriginFacet[] = [];
  for (const c of clusters) {
    out.push(facet(c, c.value));
    for (const f of farms.filter((f) => f.parent === c.value)) out.push(facet(f, c.value));
  }
  // A farm whose cluster has no current lot of its own still gets listed.
  for (const f of farms.filter((f) => !clusters.some((c) => c.value === f.parent))) out.push(facet(f, f.parent));
  return out;
}
