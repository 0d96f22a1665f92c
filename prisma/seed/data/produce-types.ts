// Shapes of the hand-written produce catalogue. Data files stay plain literals; the builders in
// build/catalog.ts turn them into rows (weights, volumes, prices and ids are derived there).
import type { PackUnit } from "@/lib/units";

export type CategorySlug = "vegetables" | "leafy-greens-salads" | "potatoes-roots" | "fruit" | "herbs" | "eggs" | "mushrooms";

/** Packaging names shoppers and warehouse staff see; each has a typical tare weight in build/catalog.ts. */
export type Packaging =
  | "punnet" | "box" | "bag" | "net" | "tray" | "egg box" | "flow-pack" | "sleeve" | "bunch" | "loose" | "clamshell";

export type SkuDef = {
  /** Unique per hub, e.g. "TOM-CHER-250G". */
  code: string;
  /** "250 g punnet" */
  name: string;
  qty: number;
  unit: PackUnit;
  packaging: Packaging;
  /** Current retail price in euro cents. */
  retail: number;
  /** Overrides the product's shelf life (e.g. bunched carrots keep less long than bagged). */
  shelfLifeDays?: number;
};

export type ProductDef = {
  slug: string;
  name: string;
  category: CategorySlug;
  /** What a farm grows to supply it: matched against farms' crops (organisations.ts, data/crops.ts). */
  crop: string;
  /** Storage band in °C, [min, max]. */
  temp: readonly [number, number];
  shelfLifeDays: number;
  /** Pack volume per gram of content (leaves are airy, potatoes dense), for logistics volumes. */
  mlPerG: number;
  /** Grams per piece or bunch, for EACH/BUNCH packs. */
  unitG?: number;
  keywords: string;
  description: string;
  /** Out of season in November: listed and priced, but no lots. */
  outOfSeason?: true;
  skus: readonly SkuDef[];
};
