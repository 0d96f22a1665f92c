"use client";
// A fieldset of radio cards: native radios (arrow keys move between them), a legend, field errors.
import { useId, type ReactNode } from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "@/components/ui";

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

type Props = { legend: string; name: string; value: string; onChange: (value: string) => void; options: RadioOption[]; errors?: string[]; columns?: 1 | 2 };

export function RadioCards({ legend, name, value, onChange, options, errors, columns = 1 }: Props) {
  const errorId = useId();
  const invalid = Boolean(errors && errors.length > 0);
  return (
    <fieldset aria-describedby={invalid ? errorId : undefined} className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-ink">{legend}</legend>
      <div className={cn("grid gap-2", columns === 2 && "sm:grid-cols-2")}>
        {options.map((o) => (
          <label
            key={o.value}
            className={cn(
              "flex cursor-pointer items-start gap-3 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              value === o.value ? "border-furrow-600 bg-furrow-50" : "border-line bg-surface hover:bg-subtle",
              o.disabled && "cursor-not-allowed opacity-60",
            )}
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} disabled={o.disabled} onChange={() => onChange(o.value)} className="mt-0.5 accent-furrow-700" />
            <span className="flex flex-col gap-0.5">
              <span className="font-medium text-ink">{o.label}</span>
              {o.hint && <span className="text-xs text-ink-muted">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {invalid && (
        <ul id={errorId} className="flex flex-col gap-0.5 text-xs font-medium text-danger-fg">
          {errors!.map((m) => (
            <li key={m} className="flex items-start gap-1">
              <CircleAlert aria-hidden className="mt-px size-3.5 shrink-0" />
              {m}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
