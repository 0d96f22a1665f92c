// Inputs of the catalog context (administration side). Field messages are shown under form fields.
import { z } from "zod";
import { ZTableQuery } from "@/lib/paging";
import { PACK_UNITS } from "@/lib/units";

export const ZId = z.string().min(1).max(64);
const ZName = z.string().trim().min(2, "Enter a name of at least 2 characters").max(120, "Keep the name under 120 characters");
const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, "Keep the slug under 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes");
/** An optional slug: empty means "derive it from the name". */
const ZOptionalSlug = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), ZSlug.optional());

function isCalendarDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date "YYYY-MM-DD" (certificate validity, price start days). */
export const ZDateOnly = z
  .string({ error: "Enter a date" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD")
  .refine(isCalendarDate, "Enter a real calendar date");

/** An instant, or a calendar date meaning midnight at the start of that day in the hub's time zone. */
export const ZInstant = z.union([z.date(), ZDateOnly], { error: "Enter a date" });
export type TInstant = z.infer<typeof ZInstant>;

export const ZRef = z.object({ id: ZId });

// ─── categories and tax ──────────────────────────────────────────────────────

export const ZCategoryInput = z.object({
  name: ZName,
  slug: ZOptionalSlug,
  parentId: ZId.nullable().default(null),
  description: z.string().trim().max(1000, "Keep the description under 1,000 characters").default(""),
});
export const ZCategoryUpdate = ZCategoryInput.extend({ id: ZId });
export const ZCategoryReorder = z.object({ parentId: ZId.nullable().default(null), ids: z.array(ZId).min(1).max(500) });

export const ZTaxCategoryInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_-]{1,20}$/, "Use up to 20 letters, digits, dashes or underscores"),
  name: ZName,
  rateBasisPoints: z.number({ error: "Enter a rate" }).int("Use at most two decimals").min(0, "The rate cannot be negative").max(10_000, "The rate cannot exceed 100 %"),
});
export const ZTaxCategoryUpdate = ZTaxCategoryInput.extend({ id: ZId });

// ─── products ────────────────────────────────────────────────────────────────

export const ZProductInput = z.object({
  name: ZName,
  slug: ZOptionalSlug,
  description: z.string().trim().max(4000, "Keep the description under 4,000 characters").default(""),
  keywords: z.string().trim().max(500, "Keep keywords under 500 characters").default(""),
  categoryId: ZId.or(z.literal("")).refine((v) => v !== "", "Choose a category"),
  taxCategoryId: ZId.or(z.literal("")).refine((v) => v !== "", "Choose a tax category"),
  active: z.boolean().default(true),
});
export const ZProductUpdate = ZProductInput.extend({ id: ZId });
export const ZProductList = ZTableQuery;
export type TProductInput = z.infer<typeof ZProductInput>;

// ─── SKUs ────────────────────────────────────────────────────────────────────

const int = (label: string, min: number, max: number) =>
  z.number({ error: `Enter ${label}` }).int(`Enter ${label} as a whole number`).min(min, `Must be at least ${min}`).max(max, `Must be at most ${max.toLocaleString("en")}`);
const temperature = z.number({ error: "Enter a temperature" }).min(-30, "Must be at least -30 °C").max(30, "Must be at most 30 °C");

const skuShape = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2, "Enter a code of at least 2 characters")
    .max(40, "Keep the code under 40 characters")
    .regex(/^[A-Z0-9][A-Z0-9._-]*$/, "Use letters, digits, dots, dashes or underscores"),
  name: z.string().trim().min(1, "Enter a name, e.g. 250 g punnet").max(80, "Keep the name under 80 characters"),
  packQuantity: int("the pack quantity", 1, 100_000),
  packUnit: z.enum(PACK_UNITS, { error: "Choose a unit" }),
  packaging: z.string().trim().min(1, "Enter the packaging, e.g. punnet").max(40, "Keep it under 40 characters"),
  grossWeightG: int("the gross weight", 1, 100_000),
  volumeMl: int("the volume", 1, 1_000_000),
  shelfLifeDays: int("the shelf life", 1, 3650),
  storageTempMinC: temperature,
  storageTempMaxC: temperature,
  lowStockThreshold: int("a threshold", 0, 1_000_000).default(0),
};
const bandOk = (v: { storageTempMinC: number; storageTempMaxC: number }) => v.storageTempMinC <= v.storageTempMaxC;
const bandIssue = { path: ["storageTempMaxC"], message: "The maximum must be at least the minimum temperature" };

export const ZSkuCreate = z.object({ productId: ZId, ...skuShape }).refine(bandOk, bandIssue);
export const ZSkuUpdate = z.object({ id: ZId, ...skuShape }).refine(bandOk, bandIssue);
export const ZSkuOptions = z.object({ q: z.string().trim().max(100).default(""), excludeSkuId: ZId.optional() });

// ─── prices ──────────────────────────────────────────────────────────────────

const priceShape = {
  skuId: ZId,
  channel: z.enum(["RETAIL", "WHOLESALE"], { error: "Choose a channel" }),
  minQuantity: int("a minimum quantity", 1, 100_000).default(1),
  amountMinor: int("a price", 0, 10_000_000),
};
const retailIsOneTier = (v: { channel: string; minQuantity: number }) => v.channel !== "RETAIL" || v.minQuantity === 1;
const retailTierIssue = { path: ["minQuantity"], message: "Retail prices are per single pack (minimum quantity 1); use wholesale for tiers" };

export const ZPriceAdd = z
  .object({ ...priceShape, validFrom: ZInstant, validTo: ZInstant.nullable().default(null) })
  .refine(retailIsOneTier, retailTierIssue);
export const ZPriceSchedule = z.object({ ...priceShape, from: ZInstant }).refine(retailIsOneTier, retailTierIssue);

// ─── substitutions and images ────────────────────────────────────────────────

export const ZSubstitutionsSet = z.object({
  skuId: ZId,
  substituteSkuIds: z
    .array(ZId)
    .max(10, "Offer at most 10 alternatives")
    .refine((ids) => new Set(ids).size === ids.length, "Each alternative may appear only once"),
});

export const ZImageAlt = z.string().trim().min(1, "Describe the image for people who cannot see it").max(300, "Keep the description under 300 characters");
export const ZImageUpdate = z.object({ id: ZId, alt: ZImageAlt });
export const ZImageReorder = z.object({ productId: ZId, imageIds: z.array(ZId).min(1).max(50) });

// ─── certifications ──────────────────────────────────────────────────────────

export const CERTIFICATION_SCHEMES = ["EU_ORGANIC", "DEMETER", "GLOBALGAP", "FAIRTRADE", "FREE_RANGE", "PLANET_PROOF"] as const;
const certificationShape = {
  organisationId: z.string({ error: "Choose a farm or cluster" }).trim().min(1, "Choose a farm or cluster").max(64),
  scheme: z.enum(CERTIFICATION_SCHEMES, { error: "Choose a scheme" }),
  issuer: z.string({ error: "Enter the issuer" }).trim().min(2, "Enter the issuing body").max(120, "Keep it under 120 characters"),
  number: z.string({ error: "Enter the certificate number" }).trim().min(1, "Enter the certificate number").max(60, "Keep it under 60 characters"),
  validFrom: ZDateOnly,
  validTo: ZDateOnly,
};
const validityOk = (v: { validFrom: string; validTo: string }) => v.validTo >= v.validFrom;
const validityIssue = { path: ["validTo"], message: "Valid to must be on or after valid from" };

export const ZCertificationInput = z.object(certificationShape).refine(validityOk, validityIssue);
export const ZCertificationUpdate = z.object({ id: ZId, ...certificationShape }).refine(validityOk, validityIssue);
export const ZCertificationList = ZTableQuery;
export type TCertificationInput = z.infer<typeof ZCertificationInput>;
