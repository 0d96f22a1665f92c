// The product editor's read side: one product with its SKUs, prices, substitutions and images.
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import type { PackUnit } from "@/lib/units";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { imageUrls, type ImageVariant } from "./image-urls";
import { ZRef, ZSkuOptions } from "./schema";

export type PriceStatus = "CURRENT" | "SCHEDULED" | "ENDED";
export type PriceRow = { id: string; channel: "RETAIL" | "WHOLESALE"; minQuantity: number; amountMinor: number; currency: string; validFrom: Date; validTo: Date | null; status: PriceStatus };
export type SubstituteRow = { rank: number; skuId: string; code: string; name: string; productName: string; active: boolean };
export type SkuDetail = {
  id: string; code: string; name: string; packQuantity: number; packUnit: PackUnit; packaging: string;
  grossWeightG: number; volumeMl: number; shelfLifeDays: number; storageTempMinC: number; storageTempMaxC: number;
  lowStockThreshold: number; active: boolean;
  prices: PriceRow[];
  substitutes: SubstituteRow[];
};
export type ImageRow = { id: string; alt: string; position: number; width: number; height: number; byteSize: number; urls: Record<ImageVariant, string> };
export type ProductDetail = {
  id: string; name: string; slug: string; description: string; keywords: string; active: boolean;
  categoryId: string; taxCategoryId: string; createdAt: Date; updatedAt: Date;
  skus: SkuDetail[];
  images: ImageRow[];
};

function priceStatus(p: { validFrom: Date; validTo: Date | null }, now: Date): PriceStatus {
  if (p.validFrom > now) return "SCHEDULED";
  if (p.validTo && p.validTo <= now) return "ENDED";
  return "CURRENT";
}

const skuSelect = {
  id: true, code: true, name: true, packQuantity: true, packUnit: true, packaging: true, grossWeightG: true, volumeMl: true,
  shelfLifeDays: true, storageTempMinC: true, storageTempMaxC: true, lowStockThreshold: true, active: true,
  prices: { orderBy: [{ channel: "asc" }, { minQuantity: "asc" }, { validFrom: "desc" }], select: { id: true, channel: true, minQuantity: true, amountMinor: true, currency: true, validFrom: true, validTo: true } },
  substitutes: { orderBy: { rank: "asc" }, select: { rank: true, substitute: { select: { id: true, code: true, name: true, active: true, product: { select: { name: true } } } } } },
} satisfies Prisma.SkuSelect;

/** One product of the caller's hub with everything its editor shows. */
export async function getProduct(ctx: ServiceContext, raw: unknown): Promise<ProductDetail> {
  const { id } = parseOrThrow(ZRef, raw);
  const product = await ctx.db.product.findFirst({
    where: { id, hubId: ctx.actor.hubId },
    select: {
      id: true, name: true, slug: true, description: true, keywords: true, active: true, categoryId: true, taxCategoryId: true, createdAt: true, updatedAt: true,
      skus: { orderBy: [{ active: "desc" }, { code: "asc" }], select: skuSelect },
      images: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, alt: true, position: true, width: true, height: true, byteSize: true, variants: true } },
    },
  });
  if (!product) throw new DomainError("NOT_FOUND", "Product not found.");
  const now = ctx.now();
  return {
    ...product,
    skus: product.skus.map(({ prices, substitutes, ...sku }) => ({
      ...sku,
      prices: prices.map((p) => ({ ...p, status: priceStatus(p, now) })),
      substitutes: substitutes.map((s) => ({ rank: s.rank, skuId: s.substitute.id, code: s.substitute.code, name: s.substitute.name, productName: s.substitute.product.name, active: s.substitute.active })),
    })),
    images: product.images.map(({ variants, ...image }) => ({ ...image, urls: imageUrls(variants) })),
  };
}

export type SkuOption = { id: string; code: string; name: string; productName: string };

/** Active SKUs of the hub matching a code or product name (substitution picker). */
export async function skuOptions(ctx: ServiceContext, raw: unknown): Promise<SkuOption[]> {
  const input = parseOrThrow(ZSkuOptions, raw);
  const rows = await ctx.db.sku.findMany({
    where: {
      hubId: ctx.actor.hubId,
      active: true,
      ...(input.excludeSkuId ? { NOT: { id: input.excludeSkuId } } : {}),
      ...(input.q
        ? { OR: [{ code: { contains: input.q, mode: "insensitive" as const } }, { name: { contains: input.q, mode: "insensitive" as const } }, { product: { name: { contains: input.q, mode: "insensitive" as const } } }] }
        : {}),
    },
    orderBy: [{ product: { name: "asc" } }, { code: "asc" }],
    take: 30,
    select: { id: true, code: true, name: true, product: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, productName: r.product.name }));
}
