"use client";

import type { ComponentPropsWithRef } from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "./cn";
import { controlClasses } from "./control-classes";
import { useFieldControl } from "./field";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = ComponentPropsWithRef<"select"> & {
  /** Options to render; alternatively pass <option> children. */
  options?: SelectOption[];
  /** First, empty-valued option (e.g. "Choose a hub…" or "All"). */
  placeholder?: string;
  dense?: boolean;
};

/** Native select styled like the other controls; picks up id/aria wiring from a surrounding Field. */
export function Select({ className, options, placeholder, dense = false, children, ...props }: SelectProps) {
  const wired = useFieldControl(props);
  return (
    <div className={cn("relative", className)}>
      <select
        className={cn(controlClasses, "appearance-none pr-8", dense ? "h-8 pl-2.5" : "h-9 pl-3")}
        {...wired}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-ink-subtle" />
    </div>
  );
}
