"use client";

import { useId, type ComponentPropsWithRef, type ReactNode } from "react";
import { cn } from "./cn";
import { useFieldControl } from "./field";

export type CheckboxProps = Omit<ComponentPropsWithRef<"input">, "type"> & {
  /** Clickable label beside the box. */
  label?: ReactNode;
  /** Smaller secondary text under the label, linked with aria-describedby. */
  description?: ReactNode;
};

/** Native checkbox with an inline label; picks up id/aria wiring from a surrounding Field. */
export function Checkbox({ label, description, className, ...props }: CheckboxProps) {
  const generated = useId();
  const wired = useFieldControl(props);
  const id = wired.id ?? `checkbox-${generated}`;
  const descriptionId = description ? `${id}-description` : undefined;
  const describedBy = [wired["aria-describedby"], descriptionId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn("flex items-start gap-2", className)}>
      <input
        {...wired}
        id={id}
        type="checkbox"
        aria-describedby={describedBy}
        className={cn(
          "mt-0.5 size-4 shrink-0 rounded border-line-strong accent-furrow-700",
          "disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:outline-1 aria-invalid:outline-danger",
        )}
      />
      {(label || description) && (
        <div className="flex flex-col gap-0.5 text-sm leading-5">
          {label && (
            <label htmlFor={id} className={cn("text-ink", props.disabled && "text-ink-muted")}>
              {label}
            </label>
          )}
          {description && (
            <p id={descriptionId} className="text-xs text-ink-muted">
              {description}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
