// The demo catalogue in one place: tax categories, categories, all produce, substitutions, and the
// extra crops farms grow beyond their cluster's signature crops (so every product has growers).
import type { ClusterKey } from "../ids";
import { FRUIT } from "./fruit";
import { GREENS, ROOTS } from "./greens-roots";
import { EGGS, HERBS, MUSHROOMS } from "./herbs-eggs-mushrooms";
import type { CategorySlug, ProductDef } from "./produce-types";
import { VEGETABLES } from "./vegetables";

// Dutch VAT: the reduced 9 % rate covers food; 21 % is for anything else (none in the demo yet).
export const TAX_CATEGORIES = [
  { code: "FOOD_REDUCED", name: "Food (reduced rate, 9 %)", rateBasisPoints: 900 },
  { code: "STANDARD", name: "Standard rate (21 %)", rateBasisPoints: 2100 },
] as const;
export type TaxCode = (typeof TAX_CATEGORIES)[number]["code"];

export const CATEGORIES: readonly { slug: CategorySlug; name: string; description: string }[] = [
  { slug: "vegetables", name: "Vegetables", description: "Tomatoes, peppers, onions, cabbages and squash from glasshouses and open fields around the valley." },
  { slug: "leafy-greens-salads", name: "Leafy greens & salads", description: "Lettuces, spinach, kale and salad leaves, cut in the morning and kept cold all the way to you." },
  { slug: "potatoes-roots", name: "Potatoes & roots", description: "Potatoes, carrots, beetroot and other roots from the sandy soils of the Gelderse Vallei." },
  { slug: "fruit", name: "Fruit", description: "Apples and pears from the Kromme Rijn orchards, and berries and stone fruit in season." },
  { slug: "herbs", name: "Herbs", description: "Fresh-cut bunches of culinary herbs grown in Eemland polytunnels." },
  { slug: "eggs", name: "Eggs", description: "Free-range, organic and duck eggs, collected and packed on the farm." },
  { slug: "mushrooms", name: "Mushrooms", description: "White, chestnut and speciality mushrooms grown indoors all year round." },
];

/** All products in catalogue order (category, then as listed). */
export const PRODUCE: readonly ProductDef[] = [...VEGETABLES, ...GREENS, ...ROOTS, ...FRUIT, ...HERBS, ...EGGS, ...MUSHROOMS];

/** SKU code -> acceptable alternatives, best first. Same kind and a similar pack, never another pack size. */
export const SUBSTITUTIONS: readonly (readonly [string, readonly string[]])[] = [
  ["TOM-CHER-250G", ["TOM-PLUM-250G", "TOM-VINE-500G"]],
  ["TOM-PLUM-250G", ["TOM-CHER-250G", "TOM-VINE-500G"]],
  ["TOM-CHER-1KG", ["TOM-VINE-1KG"]],
  ["TOM-VINE-500G", ["TOM-BEEF-2PC", "TOM-CHER-250G"]],
  ["TOM-VINE-1KG", ["TOM-CHER-1KG"]],
  ["TOM-BEEF-2PC", ["TOM-VINE-500G"]],
  ["PEP-RED-3PC", ["PEP-PNT-2PC"]],
  ["PEP-PNT-2PC", ["PEP-RED-3PC"]],
  ["ONI-YEL-1KG", ["ONI-RED-1KG"]],
  ["ONI-RED-1KG", ["ONI-YEL-1KG"]],
  ["LET-BUT-1PC", ["LET-GEM-2PC", "SAL-MIX-150G"]],
  ["LET-GEM-2PC", ["LET-BUT-1PC"]],
  ["ROC-100G", ["LAM-100G", "SAL-MIX-150G"]],
  ["LAM-100G", ["ROC-100G", "SAL-MIX-150G"]],
  ["SAL-MIX-150G", ["LAM-100G", "ROC-100G"]],
  ["KAL-CUR-500G", ["KAL-NERO-BUN"]],
  ["KAL-NERO-BUN", ["KAL-CUR-500G", "CHA-RBW-BUN"]],
  ["CHA-RBW-BUN", ["SPI-600G"]],
  ["POT-WAX-1KG", ["POT-BAB-750G"]],
  ["POT-WAX-2500G", ["POT-FLO-2500G"]],
  ["POT-FLO-2500G", ["POT-WAX-2500G"]],
  ["POT-BAB-750G", ["POT-WAX-1KG"]],
  ["CAR-1KG", ["CAR-BUN"]],
  ["CAR-BUN", ["CAR-1KG"]],
  ["APP-ELS-1KG", ["APP-JON-1KG"]],
  ["APP-JON-1KG", ["APP-ELS-1KG"]],
  ["APP-ELS-2KG", ["APP-JON-2KG"]],
  ["APP-JON-2KG", ["APP-ELS-2KG"]],
  ["PEA-CON-1KG", ["PEA-DOY-1KG"]],
  ["PEA-DOY-1KG", ["PEA-CON-1KG"]],
  ["RAS-125G", ["BLK-125G"]],
  ["BLK-125G", ["RAS-125G"]],
  ["CUR-RED-125G", ["RAS-125G"]],
  ["CHE-500G", ["PLU-500G"]],
  ["HRB-PARF-BUN", ["HRB-PARC-BUN"]],
  ["HRB-PARC-BUN", ["HRB-PARF-BUN"]],
  ["HRB-CORI-BUN", ["HRB-PARF-BUN"]],
  ["HRB-CHIV-BUN", ["SPR-ONI-BUN"]],
  ["EGG-FR-6", ["EGG-ORG-6"]],
  ["EGG-FR-10", ["EGG-ORG-10"]],
  ["MUS-WHI-250G", ["MUS-CHE-250G"]],
  ["MUS-CHE-250G", ["MUS-WHI-250G"]],
];

/**
 * Crops a farm may grow beyond its cluster's signature list (organisations.ts PROFILES): each farm
 * takes one or two of its cluster's extras, so less common produce still has a handful of growers.
 */
export const EXTRA_CROPS: Record<ClusterKey, readonly string[]> = {
  gv: ["broccoli", "cauliflower", "brussels sprouts", "beans", "parsnips", "celeriac", "mushrooms"],
  kr: ["raspberries", "blueberries"],
  em: ["aubergines", "spring onions", "lamb's lettuce", "pak choi", "mushrooms"],
};
