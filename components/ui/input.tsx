"use client";

import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { controlClasses, readOnlyClasses } from "./control-classes";
import { useFieldControl } from "./field";

export type InputProps = ComponentPropsWithRef<"input"> & {
  /** Compact height for toolbars and table filters. */
  dense?: boolean;
};

/** Single-line text input; picks up id/aria wiring from a surrounding Field. */
export function Input({ className, dense = false, type = "text", ...props }: InputProps) {
  const wired = useFieldControl(props);
  return <input type={type} className={cn(controlClasses, readOnlyClasses, dense ? "h-8 px-2.5" : "h-9 px-3", className)} {...wired} />;
}
