// Money is integer minor units with an ISO currency (ARCHITECTURE.md §5). Never floats.

export type Money = { amountMinor: number; currency: string };

const MINOR_DIGITS: Record<string, number> = { JPY: 0, KRW: 0 };

/** Digits after the decimal point for a currency (2 unless listed). */
export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

/** "€3.49" style display for a minor-unit amount in the given locale. */
export function formatMoney(amountMinor: number, currency: string, locale = "en-NL"): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amountMinor / 10 ** digits);
}

/** Parses a decimal string typed by a person ("3.49", "3,49") into minor units; null when malformed. */
export function parseMoneyInput(input: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const cleaned = input.trim().replace(",", ".");
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".");
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** Tax contained in a gross amount at a rate in basis points, rounded half-up to the minor unit. */
export function taxIncluded(grossMinor: number, rateBasisPoints: number): number {
  return Math.round((grossMinor * rateBasisPoints) / (10_000 + rateBasisPoints));
}
