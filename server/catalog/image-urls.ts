// Public URLs of a ProductImage's variants (its variants JSON holds storage keys).
import { publicMediaUrl } from "@/lib/storage/keys";

export const IMAGE_VARIANTS = { thumb: 160, card: 480, large: 1200 } as const;
export type ImageVariant = keyof typeof IMAGE_VARIANTS;
export type VariantKeys = Record<ImageVariant, string>;

/** { thumb, card, large } media URLs from the stored keys JSON. */
export function imageUrls(variants: unknown): Record<ImageVariant, string> {
  const keys = variants as Partial<VariantKeys>;
  return {
    thumb: publicMediaUrl(keys.thumb ?? ""),
    card: publicMediaUrl(keys.card ?? ""),
    large: publicMediaUrl(keys.large ?? ""),
  };
}
