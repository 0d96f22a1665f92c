"use client";

import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { controlClasses, readOnlyClasses } from "./control-classes";
import { useFieldControl } from "./field";

export type TextareaProps = ComponentPropsWithRef<"textarea">;

/** Multi-line text input (vertical resize only); picks up id/aria wiring from a surrounding Field. */
export function Textarea({ className, rows = 3, ...props }: TextareaProps) {
  const wired = useFieldControl(props);
  return <textarea rows={rows} className={cn(controlClasses, readOnlyClasses, "min-h-16 resize-y px-3 py-2 leading-snug", className)} {...wired} />;
}
