// Quantities carry units (ARCHITECTURE.md §5). Stock is counted in whole SKU units (packs);
// a pack's content is packQuantity x packUnit ("250 g", "1 kg", "1 bunch", "6 each").

export const PACK_UNITS = ["G", "KG", "ML", "L", "EACH", "BUNCH"] as const;
export type PackUnit = (typeof PACK_UNITS)[number];

const UNIT_LABEL: Record<PackUnit, [singular: string, plural: string]> = {
  G: ["g", "g"],
  KG: ["kg", "kg"],
  ML: ["ml", "ml"],
  L: ["l", "l"],
  EACH: ["piece", "pieces"],
  BUNCH: ["bunch", "bunches"],
};

/** "250 g", "1 kg", "6 pieces", "1 bunch". */
export function formatPack(packQuantity: number, packUnit: PackUnit): string {
  const [one, many] = UNIT_LABEL[packUnit];
  return `${packQuantity} ${packQuantity === 1 ? one : many}`;
}

/** Pack content in grams or millilitres when it is a mass or volume, for price-per-kg/l display. */
export function packBaseAmount(packQuantity: number, packUnit: PackUnit): { amount: number; base: "g" | "ml" } | null {
  switch (packUnit) {
    case "G": return { amount: packQuantity, base: "g" };
    case "KG": return { amount: packQuantity * 1000, base: "g" };
    case "ML": return { amount: packQuantity, base: "ml" };
    case "L": return { amount: packQuantity * 1000, base: "ml" };
    default: return null;
  }
}

/** Price per kg or litre in minor units (rounded), or null for counted packs. */
export function unitPriceMinor(priceMinor: number, packQuantity: number, packUnit: PackUnit): { perMinor: number; per: "kg" | "l" } | null {
  const base = packBaseAmount(packQuantity, packUnit);
  if (!base) return null;
  return { perMinor: Math.round((priceMinor * 1000) / base.amount), per: base.base === "g" ? "kg" : "l" };
}

/** "12 units" with the right plural for a count of SKU units. */
export function formatUnits(count: number, noun = "unit"): string {
  return `${count.toLocaleString("en")} ${count === 1 ? noun : `${noun}s`}`;
}
