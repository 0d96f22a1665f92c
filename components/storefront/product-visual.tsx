import { publicMediaUrl } from "@/lib/storage/keys";
import { cn } from "@/components/ui/cn";
import { categoryStyle } from "./category-style";

export type ProductVisualProps = {
  name: string;
  rootCategorySlug: string;
  imageKey: string | null;
  imageAlt?: string | null;
  size?: "card" | "hero";
  className?: string;
};

/** The product photo, or a category-coloured tile with the category's icon and the product's initial. */
export function ProductVisual({ name, rootCategorySlug, imageKey, imageAlt, size = "card", className }: ProductVisualProps) {
  if (imageKey) {
    return (
      // Variants are already resized by the catalog's image pipeline; no optimiser needed.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={publicMediaUrl(imageKey)}
        alt={imageAlt || name}
        loading={size === "hero" ? "eager" : "lazy"}
        decoding="async"
        className={cn(size === "hero" ? "aspect-[4/3]" : "aspect-[3/2]", "w-full object-cover", className)}
      />
    );
  }
  const style = categoryStyle(rootCategorySlug);
  const Icon = style.icon;
  return (
    <div role="img" aria-label={`${name} (no photo yet)`} className={cn("relative flex w-full items-center justify-center overflow-hidden", size === "hero" ? "aspect-[4/3]" : "aspect-[3/2]", style.tile, className)}>
      <span aria-hidden className={cn("absolute font-semibold opacity-10 select-none", size === "hero" ? "-right-4 -bottom-16 text-[14rem]" : "-right-2 -bottom-10 text-[9rem]")}>
        {name.charAt(0)}
      </span>
      <Icon aria-hidden strokeWidth={1.5} className={size === "hero" ? "size-24" : "size-14"} />
    </div>
  );
}
