// The demo hub's commerce setup as data: delivery zones (by the towns they cover), weekly windows,
// fee rules, discount codes and box templates, plus ids tests and e2e journeys point at.

/** Delivery windows offered in every zone, hub-local. */
export const WINDOW_TIMES = [
  { key: "am", start: "08:00", end: "12:00" },
  { key: "pm", start: "13:00", end: "17:00" },
  { key: "eve", start: "18:00", end: "21:00" },
] as const;
export type WindowKey = (typeof WINDOW_TIMES)[number]["key"];

export type ZoneDef = { code: string; name: string; towns: readonly string[]; weekdays: readonly number[] };

/**
 * Zones of the demo hub, by the towns (and so the postcode ranges, geo.ts TOWNS) they cover; every
 * seeded address falls in exactly one. Utrecht gets four delivery days (Mon, Tue, Thu, Sat): it holds
 * most households, and with four days some delivery of it is always at most a day away, which the
 * demo consumer's "cutoff passed" order needs whatever the reference day.
 */
export const ZONES: readonly ZoneDef[] = [
  { code: "UTR", name: "Utrecht & Bilthoven", towns: ["Utrecht", "Bilthoven"], weekdays: [1, 2, 4, 6] },
  { code: "AME", name: "Amersfoort, Eemland, Soest & Baarn", towns: ["Amersfoort", "Hoogland", "Leusden", "Soest", "Baarn", "Nijkerk"], weekdays: [2, 4, 6] },
  {
    code: "VAL", name: "Gelderse Vallei", weekdays: [3, 5],
    towns: ["Ede", "Veenendaal", "Barneveld", "Lunteren", "Voorthuizen", "Scherpenzeel", "Woudenberg"],
  },
  { code: "KRR", name: "Kromme Rijn & Lek", towns: ["Houten", "Nieuwegein", "Bunnik", "Odijk", "Wijk bij Duurstede"], weekdays: [2, 5] },
  { code: "HRG", name: "Utrechtse Heuvelrug", towns: ["Zeist", "Driebergen-Rijsenburg", "Doorn", "Maarn"], weekdays: [3, 6] },
];

export const zoneId = (code: string) => `dz_${code.toLowerCase()}`;
export const windowId = (zoneCode: string, weekday: number, key: WindowKey) => `dw_${zoneCode.toLowerCase()}_${weekday}_${key}`;

/** Every zone: orders close two days before delivery at 18:00, minimum basket €15. */
export const ZONE_TERMS = { cutoffDaysBefore: 2, cutoffTime: "18:00", minimumOrderMinor: 1500 } as const;

/** Delivery fee by basket value (after discounts, in the order's price basis): €4.95, €2.95 from €40, free from €60. */
export const FEE_RULES: readonly { minSubtotalMinor: number; feeMinor: number }[] = [
  { minSubtotalMinor: 0, feeMinor: 495 },
  { minSubtotalMinor: 4000, feeMinor: 295 },
  { minSubtotalMinor: 6000, feeMinor: 0 },
];

/** VAT on the delivery fee follows the goods delivered (food: 9 %). */
export const DELIVERY_FEE_TAX_BP = 900;

export type DiscountDef = {
  code: string; description: string; kind: "PERCENT" | "FIXED" | "FREE_DELIVERY";
  percentBasisPoints?: number; amountMinor?: number; minimumSubtotalMinor: number;
  usageLimit: number | null; perCustomerLimit: number | null; firstOrderOnly: boolean;
};

export const DISCOUNT_CODES: readonly DiscountDef[] = [
  { code: "WELCOME10", description: "10 % off your first order", kind: "PERCENT", percentBasisPoints: 1000, minimumSubtotalMinor: 0, usageLimit: null, perCustomerLimit: 1, firstOrderOnly: true },
  { code: "FREEDELIVERY", description: "Free delivery on baskets from €25", kind: "FREE_DELIVERY", minimumSubtotalMinor: 2500, usageLimit: null, perCustomerLimit: 3, firstOrderOnly: false },
  { code: "FIXED5", description: "€5 off baskets from €30 (first 1,000 orders)", kind: "FIXED", amountMinor: 500, minimumSubtotalMinor: 3000, usageLimit: 1000, perCustomerLimit: 1, firstOrderOnly: false },
];
export const discountId = (code: string) => `dsc_${code.toLowerCase()}`;
/** Codes are valid from this instant on (no end), so e2e journeys can use them on any day. */
export const DISCOUNTS_VALID_FROM = new Date("2026-01-01T00:00:00+01:00");

export type BoxDef = {
  code: string; name: string; description: string;
  lines: readonly { sku: string; quantity: number; swaps: readonly string[] }[];
};

/** Box templates; the fixed price is set a little under the lines' retail value (build/boxes.ts). */
export const BOXES: readonly BoxDef[] = [
  {
    code: "FAMILY-VEG", name: "Family veg box", description: "A week of seasonal vegetables for a family of four: roots, greens, tomatoes and mushrooms.",
    lines: [
      { sku: "POT-WAX-2500G", quantity: 1, swaps: ["POT-FLO-2500G"] },
      { sku: "CAR-1KG", quantity: 2, swaps: ["CAR-BUN", "BEE-500G"] },
      { sku: "ONI-YEL-1KG", quantity: 1, swaps: ["ONI-RED-1KG"] },
      { sku: "BRO-1PC", quantity: 2, swaps: ["CAU-1PC", "BRU-500G"] },
      { sku: "LEE-2PC", quantity: 1, swaps: ["PAR-500G"] },
      { sku: "TOM-VINE-500G", quantity: 2, swaps: ["TOM-CHER-250G", "TOM-PLUM-250G"] },
      { sku: "CAB-RED-1PC", quantity: 1, swaps: ["KAL-CUR-500G"] },
      { sku: "SQU-BUT-1PC", quantity: 1, swaps: ["COU-1PC", "CLR-1PC"] },
      { sku: "MUS-WHI-250G", quantity: 2, swaps: ["MUS-CHE-250G"] },
    ],
  },
  {
    code: "SMALL-VEG", name: "Small veg box", description: "Everyday vegetables for one or two: a little of everything, nothing left over.",
    lines: [
      { sku: "POT-WAX-1KG", quantity: 1, swaps: ["POT-BAB-750G"] },
      { sku: "CAR-1KG", quantity: 1, swaps: ["CAR-BUN"] },
      { sku: "ONI-YEL-1KG", quantity: 1, swaps: ["ONI-RED-500G"] },
      { sku: "BRO-1PC", quantity: 1, swaps: ["CAU-1PC"] },
      { sku: "TOM-VINE-500G", quantity: 2, swaps: ["TOM-CHER-250G"] },
      { sku: "PEP-RED-3PC", quantity: 1, swaps: ["PEP-PNT-2PC"] },
      { sku: "SPI-BAB-200G", quantity: 1, swaps: ["KAL-CUR-500G", "CHA-RBW-BUN"] },
      { sku: "MUS-WHI-250G", quantity: 1, swaps: ["MUS-CHE-250G"] },
      { sku: "LEE-2PC", quantity: 1, swaps: ["PAR-500G"] },
    ],
  },
  {
    code: "FRUIT", name: "Fruit box", description: "Kromme Rijn apples and pears with berries and plums while they last.",
    lines: [
      { sku: "APP-ELS-2KG", quantity: 1, swaps: ["APP-JON-2KG"] },
      { sku: "PEA-CON-1KG", quantity: 1, swaps: ["PEA-DOY-1KG"] },
      { sku: "STR-250G", quantity: 1, swaps: ["BLK-125G"] },
      { sku: "BLU-125G", quantity: 1, swaps: ["BLU-250G"] },
      { sku: "RAS-125G", quantity: 1, swaps: ["BLK-125G"] },
      { sku: "PLU-500G", quantity: 1, swaps: ["PEA-DOY-1KG"] },
      { sku: "APP-JON-1KG", quantity: 1, swaps: ["APP-ELS-1KG"] },
    ],
  },
  {
    code: "SALAD", name: "Salad box", description: "Crisp leaves, cucumber, tomatoes, herbs and eggs for a week of salads.",
    lines: [
      { sku: "LET-BUT-1PC", quantity: 1, swaps: ["LET-GEM-2PC"] },
      { sku: "ROC-100G", quantity: 1, swaps: ["LAM-100G"] },
      { sku: "SPI-BAB-100G", quantity: 1, swaps: ["SPI-BAB-200G"] },
      { sku: "SAL-MIX-150G", quantity: 1, swaps: ["LAM-100G"] },
      { sku: "CUC-1PC", quantity: 2, swaps: ["PEP-PNT-2PC"] },
      { sku: "TOM-CHER-250G", quantity: 2, swaps: ["TOM-PLUM-250G"] },
      { sku: "RAD-BUN", quantity: 1, swaps: ["SPR-ONI-BUN"] },
      { sku: "HRB-BASIL-BUN", quantity: 1, swaps: ["HRB-PARF-BUN", "HRB-CHIV-BUN"] },
      { sku: "EGG-FR-6", quantity: 1, swaps: ["EGG-ORG-6"] },
    ],
  },
];
export const boxId = (code: string) => `box_${code.toLowerCase().replaceAll("-", "_")}`;

/** The demo consumer's commerce: a weekly Family veg box on Thursday evenings and two upcoming orders. */
export const DEMO_COMMERCE = {
  subscriptionId: "sub_demo_consumer",
  zoneCode: "UTR",
  subscriptionWindow: { weekday: 4, key: "eve" as WindowKey },
  /** Placed for about a week ahead: still editable and cancellable (its cutoff is days away). */
  editableOrderId: "ord_demo_editable",
  /** Confirmed at its cutoff, delivered within a day: edits and cancellation are refused. */
  pastCutoffOrderId: "ord_demo_confirmed",
} as const;
