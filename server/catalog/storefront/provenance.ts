// The product page's provenance story: SKUs with their retail price and availability, the current
// lots with farm, cluster, harvest, lab results and handling timeline, and the certifications of
// those farms and clusters. Two statements side by side, whatever the number of lots, plus a signed
// link per certificate that has a document.
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { formatPack, unitPriceMinor, type PackUnit } from "@/lib/units";
import { certificateDocumentLink } from "../certifications";
import { currentRetailPrice, stockCtes } from "./catalog-sql";
import type { CertificationSchemeCode, ProductProvenance, ProvenanceCertification, ProvenanceLot } from "./schema";

type SkuJson = {
  code: string; name: string; packQuantity: number; packUnit: PackUnit; packaging: string;
  storageTempMinC: number; storageTempMaxC: number; priceMinor: number | null; currency: string | null; available: number;
};
type AlternativeJson = { forSkuCode: string; productSlug: string; productName: string; skuName: string; rank: number; priceMinor: number | null; currency: string | null; available: number };
type ProductRow = {
  slug: string; name: string; description: string; categorySlug: string; categoryName: string; rootSlug: string; rootName: string;
  images: { key: string; alt: string }[]; skus: SkuJson[]; alternatives: AlternativeJson[];
};
type LotJson = Omit<ProvenanceLot, "harvestedAt" | "labResults" | "checkpoints" | "farm" | "cluster"> & {
  farmCode: string; farmName: string; clusterCode: string; clusterName: string; harvestedAt: string;
  labResults: (Omit<ProvenanceLot["labResults"][number], "sampledAt"> & { sampledAt: string })[];
  checkpoints: (Omit<ProvenanceLot["checkpoints"][number], "recordedAt"> & { recordedAt: string })[];
};
type CertJson = { id: string; scheme: CertificationSchemeCode; issuer: string; number: string; validTo: string; hasDocument: boolean; holderCode: string; holderName: string; holderKind: "FARM" | "CLUSTER" };
type StoryRow = { lots: LotJson[] | null; certifications: CertJson[] | null };

/**
 * Everything the public product page shows about one product, or NOT_FOUND. `detailedLots` limits
 * lab results and checkpoints to the freshest lots (a busy product has dozens of lots in stock);
 * the others come back with empty lists and `detailed: false`.
 */
export async function productProvenance(db: DbOrTx, hubId: string, slug: string, now = new Date(), opts: { detailedLots?: number } = {}): Promise<ProductProvenance> {
  const [products, stories] = await Promise.all([
    db.$queryRaw<ProductRow[]>(productSql(hubId, slug, now)),
    db.$queryRaw<StoryRow[]>(storySql(hubId, slug, now, opts.detailedLots ?? 1_000_000)),
  ]);
  const p = products[0];
  if (!p) throw new DomainError("NOT_FOUND", "This product is not in the shop.");
  const story = stories[0] ?? { lots: null, certifications: null };
  const certifications = await withDocumentLinks(db, hubId, story.certifications ?? [], now);
  const skus = p.skus.map((s) => ({
    code: s.code,
    name: s.name,
    packLabel: formatPack(s.packQuantity, s.packUnit),
    packaging: s.packaging,
    storageTempMinC: s.storageTempMinC,
    storageTempMaxC: s.storageTempMaxC,
    price: s.priceMinor !== null && s.currency ? withPerUnit(s.priceMinor, s.currency.trim(), s.packQuantity, s.packUnit) : null,
    availableUnits: s.available,
    inStock: s.available > 0,
  }));
  return {
    slug: p.slug,
    name: p.name,
    description: p.description,
    category: { slug: p.categorySlug, name: p.categoryName, rootSlug: p.rootSlug, rootName: p.rootName },
    images: p.images,
    skus,
    inStock: skus.some((s) => s.inStock),
    lots: (story.lots ?? []).map(toLot),
    certifications,
    alternatives: p.alternatives.map((a) => ({
      forSkuCode: a.forSkuCode, productSlug: a.productSlug, productName: a.productName, skuName: a.skuName, rank: a.rank,
      price: a.priceMinor !== null && a.currency ? { amountMinor: a.priceMinor, currency: a.currency.trim() } : null,
      inStock: a.available > 0,
    })),
  };
}

function withPerUnit(amountMinor: number, currency: string, packQuantity: number, packUnit: PackUnit) {
  const per = unitPriceMinor(amountMinor, packQuantity, packUnit);
  return { amountMinor, currency, perUnit: per ? { amountMinor: per.perMinor, per: per.per } : null };
}

function toLot(l: LotJson): ProvenanceLot {
  return {
    code: l.code, skuCode: l.skuCode, skuName: l.skuName,
    farm: { code: l.farmCode, name: l.farmName },
    cluster: { code: l.clusterCode, name: l.clusterName },
    harvestedAt: new Date(l.harvestedAt), bestBefore: l.bestBefore, grade: l.grade, availableUnits: l.availableUnits, detailed: l.detailed,
    labResults: l.labResults.map((r) => ({ ...r, sampledAt: new Date(r.sampledAt) })),
    checkpoints: l.checkpoints.map((c) => ({ ...c, recordedAt: new Date(c.recordedAt) })),
  };
}

/** Signed links only for certificates that have a document (a handful per product, fetched side by side). */
async function withDocumentLinks(db: DbOrTx, hubId: string, certs: CertJson[], now: Date): Promise<ProvenanceCertification[]> {
  return Promise.all(
    certs.map(async (c) => ({
      id: c.id, scheme: c.scheme, issuer: c.issuer, number: c.number, validTo: c.validTo,
      holder: { code: c.holderCode, name: c.holderName, kind: c.holderKind },
      documentUrl: c.hasDocument ? await documentLink(db, hubId, c.id, now) : null,
    })),
  );
}

/** A page must not fail because a link cannot be signed (e.g. storage misconfigured): show no link. */
async function documentLink(db: DbOrTx, hubId: string, certificationId: string, now: Date): Promise<string | null> {
  try {
    return await certificateDocumentLink(db, hubId, certificationId, now);
  } catch (error) {
    logger.warn("storefront.certificate_link_failed", { certificationId, message: String(error) });
    return null;
  }
}

const productIdOf = (hubId: string, slug: string) =>
  Prisma.sql`(SELECT p0."id" FROM "Product" p0 WHERE p0."hubId" = ${hubId} AND p0."slug" = ${slug} AND p0."active")`;

function productSql(hubId: string, slug: string, now: Date): Prisma.Sql {
  const pid = productIdOf(hubId, slug);
  // Stock of the product's SKUs and of their substitutes only.
  const skuFilter = Prisma.sql`AND (s."productId" = ${pid} OR s."id" IN (
    SELECT r."substituteSkuId" FROM "SubstitutionRule" r JOIN "Sku" s2 ON s2."id" = r."skuId" WHERE s2."productId" = ${pid}))`;
  return Prisma.sql`WITH RECURSIVE ${stockCtes(hubId, now, skuFilter)},
  product AS (SELECT p.* FROM "Product" p WHERE p."id" = ${pid}),
  cat_up AS (
    SELECT c."id", c."parentId", c."slug", c."name", 0 AS depth FROM "Category" c WHERE c."id" = (SELECT "categoryId" FROM product)
    UNION ALL
    SELECT c."id", c."parentId", c."slug", c."name", u.depth + 1 FROM cat_up u JOIN "Category" c ON c."id" = u."parentId" WHERE u.depth < 8
  ),
  sku_stock AS (SELECT l."skuId", SUM(l.available)::int AS available FROM lots l GROUP BY l."skuId")
  SELECT p."slug", p."name", p."description",
    (SELECT "slug" FROM cat_up WHERE depth = 0) AS "categorySlug", (SELECT "name" FROM cat_up WHERE depth = 0) AS "categoryName",
    root."slug" AS "rootSlug", root."name" AS "rootName",
    (SELECT COALESCE(json_agg(json_build_object('key', COALESCE(i."variants"->>'large', i."originalKey"), 'alt', i."alt") ORDER BY i."position", i."id"), '[]')
       FROM "ProductImage" i WHERE i."productId" = p."id") AS images,
    (SELECT COALESCE(json_agg(json_build_object('code', s."code", 'name', s."name", 'packQuantity', s."packQuantity", 'packUnit', s."packUnit",
              'packaging', s."packaging", 'storageTempMinC', s."storageTempMinC", 'storageTempMaxC', s."storageTempMaxC",
              'priceMinor', cur."amountMinor", 'currency', cur."currency", 'available', COALESCE(st.available, 0))
              ORDER BY cur."amountMinor" NULLS LAST, s."code"), '[]')
       FROM "Sku" s LEFT JOIN LATERAL (${currentRetailPrice(now)}) cur ON TRUE LEFT JOIN sku_stock st ON st."skuId" = s."id"
       WHERE s."productId" = p."id" AND s."active") AS skus,
    (SELECT COALESCE(json_agg(json_build_object('forSkuCode', s."code", 'productSlug', ap."slug", 'productName', ap."name", 'skuName', alt."name",
              'rank', r."rank", 'priceMinor', cur."amountMinor", 'currency', cur."currency", 'available', COALESCE(st.available, 0))
              ORDER BY s."code", r."rank"), '[]')
       FROM "SubstitutionRule" r
       JOIN "Sku" s ON s."id" = r."skuId" AND s."productId" = p."id" AND s."active"
       JOIN "Sku" alt ON alt."id" = r."substituteSkuId" AND alt."active"
       JOIN "Product" ap ON ap."id" = alt."productId" AND ap."active"
       LEFT JOIN LATERAL (${currentRetailPrice(now, "alt")}) cur ON TRUE
       LEFT JOIN sku_stock st ON st."skuId" = alt."id") AS alternatives
  FROM product p
  CROSS JOIN LATERAL (SELECT u."slug", u."name" FROM cat_up u ORDER BY u.depth DESC LIMIT 1) root`;
}

function storySql(hubId: string, slug: string, now: Date, detailedLots: number): Prisma.Sql {
  const skuFilter = Prisma.sql`AND s."productId" = ${productIdOf(hubId, slug)}`;
  const utc = (col: string) => Prisma.raw(`${col} AT TIME ZONE 'UTC'`);
  return Prisma.sql`WITH ${stockCtes(hubId, now, skuFilter)},
  ranked AS (
    SELECT l.*, lt."code", row_number() OVER (ORDER BY l."harvestedAt" DESC, lt."code") AS rn
    FROM lots l JOIN "Lot" lt ON lt."id" = l."id"
  )
  SELECT
    (SELECT json_agg(json_build_object(
        'code', lt."code", 'skuCode', s."code", 'skuName', s."name",
        'farmCode', f."code", 'farmName', f."name", 'clusterCode', cl."code", 'clusterName', cl."name",
        'harvestedAt', ${utc('lt."harvestedAt"')}, 'bestBefore', lt."bestBefore"::text, 'grade', lt."grade", 'availableUnits', l.available,
        'detailed', l.rn <= ${detailedLots},
        'labResults', CASE WHEN l.rn <= ${detailedLots} THEN (SELECT COALESCE(json_agg(json_build_object('analyte', r."analyte", 'value', r."value", 'unit', r."unit",
              'limitValue', r."limitValue", 'passed', r."passed", 'laboratory', r."laboratory", 'sampledAt', ${utc('r."sampledAt"')})
              ORDER BY r."sampledAt", r."analyte"), '[]') FROM "LabResult" r WHERE r."lotId" = lt."id") ELSE '[]' END,
        'checkpoints', CASE WHEN l.rn <= ${detailedLots} THEN (SELECT COALESCE(json_agg(json_build_object('kind', k."kind", 'recordedAt', ${utc('k."recordedAt"')},
              'locationName', loc."name", 'temperatureC', k."temperatureC", 'note', k."note",
              'outOfBand', COALESCE(NOT k."withinBand", k."temperatureC" < s."storageTempMinC" OR k."temperatureC" > s."storageTempMaxC", FALSE))
              ORDER BY k."recordedAt", k."id"), '[]')
            FROM "HandlingCheckpoint" k LEFT JOIN "Location" loc ON loc."id" = k."locationId" WHERE k."lotId" = lt."id") ELSE '[]' END
      ) ORDER BY l.rn)
     FROM ranked l JOIN "Lot" lt ON lt."id" = l."id" JOIN "Sku" s ON s."id" = lt."skuId"
     JOIN "Organisation" f ON f."id" = lt."farmId" JOIN "Organisation" cl ON cl."id" = lt."clusterId") AS lots,
    (SELECT json_agg(json_build_object('id', c."id", 'scheme', c."scheme", 'issuer', c."issuer", 'number', c."number",
        'validTo', c."validTo"::text, 'hasDocument', c."documentKey" IS NOT NULL,
        'holderCode', o."code", 'holderName', o."name", 'holderKind', o."kind") ORDER BY o."kind", o."name", c."scheme")
     FROM "Certification" c JOIN "Organisation" o ON o."id" = c."organisationId"
     WHERE c."hubId" = ${hubId} AND c."validFrom" <= (SELECT today FROM day) AND c."validTo" >= (SELECT today FROM day)
       AND c."organisationId" IN (SELECT l."farmId" FROM lots l UNION SELECT l."clusterId" FROM lots l)) AS certifications`;
}
