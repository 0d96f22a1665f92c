"use client";
// Delivery slots grouped by day as one radio group: window, places left, fee and order cutoff.
// Full slots stay visible but cannot be chosen.
import { formatMoney } from "@/lib/money";
import { cn } from "@/components/ui";

export type SlotDay = { date: string; label: string; slots: Array<{ id: string; window: string; cutoffLabel: string; placesLeft: number; full: boolean; feeMinor: number }> };

export function SlotPicker({ days, currency, value, onChange, errors }: { days: SlotDay[]; currency: string; value: string | null; onChange: (id: string) => void; errors?: string[] }) {
  if (days.length === 0) return <p className="text-sm text-ink-muted">No delivery slots are open for this address right now.</p>;
  return (
    <fieldset aria-describedby={errors?.length ? "slot-errors" : undefined} className="flex flex-col gap-4">
      <legend className="sr-only">Delivery slot</legend>
      {errors?.length ? (
        <p id="slot-errors" role="alert" className="text-sm font-medium text-danger-fg">{errors.join(" ")}</p>
      ) : null}
      {days.map((day) => (
        <div key={day.date} role="group" aria-labelledby={`day-${day.date}`}>
          <h3 id={`day-${day.date}`} className="mb-2 text-sm font-semibold text-ink">{day.label}</h3>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {day.slots.map((s) => {
              const id = `slot-${s.id}`;
              return (
                <label
                  key={s.id}
                  htmlFor={id}
                  className={cn(
                    "flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-furrow-600",
                    value === s.id ? "border-furrow-700 bg-furrow-50" : "border-line bg-surface hover:border-line-strong",
                    s.full && "cursor-not-allowed opacity-60",
                  )}
                >
                  <input id={id} type="radio" name="slot" value={s.id} checked={value === s.id} disabled={s.full} onChange={() => onChange(s.id)} className="mt-1 accent-furrow-700" />
                  <span className="flex flex-col">
                    <span className="font-medium text-ink">{s.window}</span>
                    <span className={cn("text-xs", s.full ? "text-danger-fg" : s.placesLeft <= 5 ? "text-warning-fg" : "text-ink-muted")}>
                      {s.full ? "Full" : `${s.placesLeft} ${s.placesLeft === 1 ? "place" : "places"} left`} · {s.feeMinor === 0 ? "Free delivery" : formatMoney(s.feeMinor, currency)}
                    </span>
                    <span className="text-xs text-ink-muted">Order by {s.cutoffLabel}</span>
                  </span>
                </label>
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
