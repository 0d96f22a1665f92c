// Words and colours for inventory codes, shared by the warehouse screens.
import type { Tone } from "@/components/ui";

export const BALANCE_STATUS_TONES: Record<string, Tone> = { EXPIRED: "danger", EXPIRES_SOON: "warning", LOW: "warning", OK: "success" };
export const BALANCE_STATUS_LABELS: Record<string, string> = { EXPIRED: "Expired", EXPIRES_SOON: "Expires soon", LOW: "Low stock", OK: "OK" };

export const ADJUSTMENT_STATUS_TONES: Record<string, Tone> = { PENDING_APPROVAL: "warning", APPLIED: "success", REJECTED: "danger" };
export const TRANSFER_STATUS_TONES: Record<string, Tone> = { IN_TRANSIT: "info", RECEIVED: "success", CANCELLED: "neutral" };
export const ALERT_STATUS_TONES: Record<string, Tone> = { OPEN: "danger", ACKNOWLEDGED: "warning", RESOLVED: "success" };
export const ALERT_KIND_LABELS: Record<string, string> = { LOW_STOCK: "Low stock", COLD_CHAIN: "Cold chain", EXPIRY: "Expiry" };

export const GRADE_LABELS: Record<string, string> = { EXTRA: "Extra", CLASS_I: "Class I", CLASS_II: "Class II" };

export const MOVEMENT_KIND_LABELS: Record<string, string> = {
  RECEIVE: "Receive",
  RESERVE: "Reserve",
  RELEASE: "Release",
  PICK: "Pick",
  SHIP: "Ship",
  DELIVER: "Deliver",
  RETURN: "Return",
  ADJUST: "Adjust",
  TRANSFER_OUT: "Transfer out",
  TRANSFER_IN: "Transfer in",
  WASTE: "Waste",
};

/** Reasons with the direction they allow (the service enforces the same rule). */
export const ADJUSTMENT_REASONS = [
  { value: "COUNT_CORRECTION", label: "Count correction (±)", sign: "any" },
  { value: "FOUND", label: "Found (+)", sign: "plus" },
  { value: "DAMAGED", label: "Damaged (−)", sign: "minus" },
  { value: "SPOILED", label: "Spoiled (−)", sign: "minus" },
  { value: "EXPIRED", label: "Expired (−)", sign: "minus" },
  { value: "QUALITY_REJECT", label: "Quality reject (−)", sign: "minus" },
  { value: "THEFT", label: "Theft (−)", sign: "minus" },
  { value: "SAMPLE", label: "Sample (−)", sign: "minus" },
] as const;
export type AdjustmentReasonCode = (typeof ADJUSTMENT_REASONS)[number]["value"];
export const ADJUSTMENT_REASON_LABELS: Record<string, string> = Object.fromEntries(ADJUSTMENT_REASONS.map((r) => [r.value, r.label.replace(/ \(.*\)$/, "")]));

const count = new Intl.NumberFormat("en-GB");
const signed = new Intl.NumberFormat("en-GB", { signDisplay: "exceptZero" });
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** 1,234 */
export const formatCount = (n: number) => count.format(n);
/** +5 / −3 / 0, with a real minus sign. */
export const formatDelta = (n: number) => signed.format(n).replace("-", "−");
/** "2026-11-22" (a hub-local calendar date) -> "22 Nov 2026". */
export const formatDay = (isoDate: string) => day.format(new Date(`${isoDate}T00:00:00Z`));

/** "expired 2 days ago", "today", "in 3 days". */
export function expiryWords(days: number): string {
  if (days === 0) return "today";
  if (days < 0) return `expired ${-days} day${days === -1 ? "" : "s"} ago`;
  return `in ${days} day${days === 1 ? "" : "s"}`;
}

/** Text colour class for a days-to-expiry value. */
export function expiryClass(days: number): string {
  return days < 0 ? "text-danger-fg font-medium" : days <= 2 ? "text-warning-fg font-medium" : "text-ink";
}
