// Display labels and select options for catalog enums (client-safe: no server imports).
import type { Tone } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { PACK_UNITS, type PackUnit } from "@/lib/units";

export const SCHEME_LABELS = {
  EU_ORGANIC: "EU organic",
  DEMETER: "Demeter",
  GLOBALGAP: "GLOBALG.A.P.",
  FAIRTRADE: "Fairtrade",
  FREE_RANGE: "Free range",
  PLANET_PROOF: "On the way to PlanetProof",
} as const;
export type Scheme = keyof typeof SCHEME_LABELS;
export const SCHEME_OPTIONS = (Object.keys(SCHEME_LABELS) as Scheme[]).map((value) => ({ value, label: SCHEME_LABELS[value] }));

export const CERT_STATUS: Record<"VALID" | "EXPIRING" | "EXPIRED" | "UPCOMING", { label: string; tone: Tone }> = {
  VALID: { label: "Valid", tone: "success" },
  EXPIRING: { label: "Expiring soon", tone: "warning" },
  EXPIRED: { label: "Expired", tone: "danger" },
  UPCOMING: { label: "Not yet valid", tone: "info" },
};

const UNIT_NAMES: Record<PackUnit, string> = { G: "grams (g)", KG: "kilograms (kg)", ML: "millilitres (ml)", L: "litres (l)", EACH: "pieces", BUNCH: "bunches" };
export const PACK_UNIT_OPTIONS = PACK_UNITS.map((value) => ({ value, label: UNIT_NAMES[value] }));

export const CHANNEL_LABELS = { RETAIL: "Retail", WHOLESALE: "Wholesale" } as const;

/** "€2.49" or "€2.49 – €3.99"; a dash when nothing is priced. */
export function priceRange(min: number | null, max: number | null, currency: string): string {
  if (min === null || max === null) return "—";
  return min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)} – ${formatMoney(max, currency)}`;
}

/** "9 %" from basis points. */
export function formatRate(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString("en", { maximumFractionDigits: 2 })} %`;
}

/** "12 Mar 2026" for a YYYY-MM-DD date. */
export function formatDay(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
