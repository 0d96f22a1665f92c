// Storefront catalog inputs (search, filters, sort, page) and the DTOs the public pages render.
import { z } from "zod";

export const CERTIFICATION_SCHEMES = ["EU_ORGANIC", "DEMETER", "GLOBALGAP", "FAIRTRADE", "FREE_RANGE", "PLANET_PROOF"] as const;
export type CertificationSchemeCode = (typeof CERTIFICATION_SCHEMES)[number];

/** How each scheme is named to shoppers. */
export const SCHEME_LABELS: Record<CertificationSchemeCode, string> = {
  EU_ORGANIC: "EU organic",
  DEMETER: "Demeter",
  GLOBALGAP: "GLOBALG.A.P.",
  FAIRTRADE: "Fairtrade",
  FREE_RANGE: "Free range",
  PLANET_PROOF: "On the way to PlanetProof",
};

export const CATALOG_SORTS = ["relevance", "name", "price-asc", "price-desc", "newest", "freshest"] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];

export const CATALOG_PAGE_SIZE = 24;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const ZCatalogSearchInput = z.object({
  q: optionalText(200),
  /** Category slug; its child categories are included. */
  category: optionalText(100),
  certification: z.enum(CERTIFICATION_SCHEMES).optional(),
  /** A farm or cluster, by organisation code (or id). */
  origin: optionalText(100),
  inStock: z.boolean().default(false),
  /** Defaults to relevance when there is a query, else name. */
  sort: z.enum(CATALOG_SORTS).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(96).default(CATALOG_PAGE_SIZE),
});
export type TCatalogSearchInput = z.input<typeof ZCatalogSearchInput>;
export type CatalogQuery = z.output<typeof ZCatalogSearchInput>;

export type CatalogProduct = {
  slug: string;
  name: string;
  category: { slug: string; name: string; rootSlug: string; rootName: string };
  skuCount: number;
  packLabels: string[];
  /** Cheapest current retail price among the active SKUs, with the pack it buys. */
  price: { amountMinor: number; currency: string; packLabel: string; perUnit: { amountMinor: number; per: "kg" | "l" } | null } | null;
  inStock: boolean;
  availableUnits: number;
  certifications: CertificationSchemeCode[];
  farms: string[];
  clusters: string[];
  latestHarvestAt: Date | null;
  /** Storage key of the first image's card variant, served at /media/<key>. */
  imageKey: string | null;
  imageAlt: string | null;
};

export type FacetCount = { value: string; label: string; count: number };
export type CategoryFacet = FacetCount & { parentSlug: string | null; depth: number };
export type OriginFacet = FacetCount & { kind: "FARM" | "CLUSTER"; clusterCode: string | null };

export type CatalogFacets = {
  categories: CategoryFacet[];
  certifications: FacetCount[];
  origins: OriginFacet[];
  inStock: number;
};

export type CatalogPage = {
  query: CatalogQuery & { sort: CatalogSort };
  products: CatalogProduct[];
  total: number;
  page: number;
  pageCount: number;
  facets: CatalogFacets;
};

export type ProvenanceSku = {
  code: string;
  name: string;
  packLabel: string;
  packaging: string;
  storageTempMinC: number;
  storageTempMaxC: number;
  /** Current single-unit retail price; wholesale tiers are never shown to the public. */
  price: { amountMinor: number; currency: string; perUnit: { amountMinor: number; per: "kg" | "l" } | null } | null;
  availableUnits: number;
  inStock: boolean;
};

export type ProvenanceLabResult = { analyte: string; value: number; unit: string; limitValue: number; passed: boolean; laboratory: string; sampledAt: Date };

export type ProvenanceCheckpoint = {
  kind: "RECEIVED" | "GRADED" | "COLD_STORE_IN" | "COLD_STORE_OUT" | "LOADED" | "DELIVERED";
  recordedAt: Date;
  locationName: string | null;
  temperatureC: number | null;
  /** True when the reading fell outside the SKU's storage band. */
  outOfBand: boolean;
  note: string | null;
};

export type ProvenanceLot = {
  code: string;
  skuCode: string;
  skuName: string;
  farm: { code: string; name: string };
  cluster: { code: string; name: string };
  harvestedAt: Date;
  /** Calendar date, YYYY-MM-DD. */
  bestBefore: string;
  grade: "EXTRA" | "CLASS_I" | "CLASS_II";
  availableUnits: number;
  /** False when lab results and checkpoints were left out (see productProvenance's detailedLots). */
  detailed: boolean;
  labResults: ProvenanceLabResult[];
  checkpoints: ProvenanceCheckpoint[];
};

export type ProvenanceCertification = {
  id: string;
  scheme: CertificationSchemeCode;
  issuer: string;
  number: string;
  holder: { code: string; name: string; kind: "FARM" | "CLUSTER" };
  /** Calendar date, YYYY-MM-DD. */
  validTo: string;
  /** An expiring link to the certificate document, when one was uploaded. */
  documentUrl: string | null;
};

export type ProvenanceAlternative = {
  forSkuCode: string;
  productSlug: string;
  productName: string;
  skuName: string;
  rank: number;
  price: { amountMinor: number; currency: string } | null;
  inStock: boolean;
};

export type ProductProvenance = {
  slug: string;
  name: string;
  description: string;
  category: { slug: string; name: string; rootSlug: string; rootName: string };
  images: { key: string; alt: string }[];
  skus: ProvenanceSku[];
  inStock: boolean;
  lots: ProvenanceLot[];
  certifications: ProvenanceCertification[];
  alternatives: ProvenanceAlternative[];
};
