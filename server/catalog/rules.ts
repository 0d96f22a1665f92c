// Pure catalog rules: slugs, certificate status, the effect of scheduling a price change.

/** "Cherry tomatoes (vine)" -> "cherry-tomatoes-vine". Accents are folded, other symbols dropped. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "item";
}

export type CertificationStatus = "UPCOMING" | "VALID" | "EXPIRING" | "EXPIRED";
export const EXPIRING_WITHIN_DAYS = 30;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Days from `today` to `date` (both YYYY-MM-DD); negative when `date` is past. */
export function daysBetween(today: string, date: string): number {
  return dayNumber(date) - dayNumber(today);
}

/**
 * Status on the hub's `today` (YYYY-MM-DD): expired after validTo, expiring when validTo is within
 * 30 days, upcoming before validFrom. A certificate is valid through the whole of its validTo day.
 */
export function certificationStatus(validFrom: string, validTo: string, today: string): CertificationStatus {
  if (validTo < today) return "EXPIRED";
  if (validFrom > today) return "UPCOMING";
  return daysBetween(today, validTo) <= EXPIRING_WITHIN_DAYS ? "EXPIRING" : "VALID";
}

/** True when the certificate may be shown as current (storefront links). */
export function isCurrentCertification(validFrom: string, validTo: string, today: string): boolean {
  return validFrom <= today && today <= validTo;
}

export type PriceWindow = { id: string; validFrom: Date; validTo: Date | null };

/**
 * Scheduling a new price from `from`: the open-ended price that has started before `from` is
 * closed at `from`. Returns the price to close, or null when none is open-ended (the new price is
 * then simply added, and the overlap check decides). A price starting at or after `from` is a
 * conflict the caller reports.
 */
export function priceToClose(prices: PriceWindow[], from: Date): { close: PriceWindow | null; conflict: PriceWindow | null } {
  const open = prices.find((p) => p.validTo === null) ?? null;
  if (!open) return { close: null, conflict: null };
  if (open.validFrom.getTime() >= from.getTime()) return { close: null, conflict: open };
  return { close: open, conflict: null };
}
