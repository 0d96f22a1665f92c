// Display labels for subscriptions: weekdays, cadences, week states, cancel reasons.
import type { Tone } from "@/components/ui";

export const WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export const CADENCE_LABELS = { WEEKLY: "Every week", FORTNIGHTLY: "Every two weeks" } as const;

export const CANCEL_REASON_LABELS = {
  TOO_EXPENSIVE: "Too expensive",
  TOO_MUCH_FOOD: "Too much food",
  QUALITY: "Quality was not what I expected",
  DELIVERY_ISSUES: "Problems with delivery",
  MOVING: "I am moving",
  NOT_NEEDED: "I no longer need it",
  OTHER: "Something else",
} as const;

export const WEEK_STATE: Record<string, { label: string; tone: Tone }> = {
  SCHEDULED: { label: "Scheduled", tone: "info" },
  SKIPPED: { label: "Skipped", tone: "neutral" },
  PAUSED: { label: "Paused", tone: "warning" },
  RENEWED: { label: "Order placed", tone: "success" },
  FAILED: { label: "Could not be placed", tone: "danger" },
  CLOSED: { label: "Closed", tone: "neutral" },
};

export const SUBSCRIPTION_STATUS_TONES: Record<string, Tone> = { ACTIVE: "success", PAUSED: "warning", CANCELLED: "neutral" };

/** "Tuesday 08:00–12:00". */
export function windowLabel(w: { weekday: number; startTime: string; endTime: string }): string {
  return `${WEEKDAYS[w.weekday] ?? ""} ${w.startTime}–${w.endTime}`;
}

/** A calendar date (YYYY-MM-DD) as "Tue 8 Dec". */
export function shortDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }).format(new Date(`${date}T00:00:00Z`));
}
