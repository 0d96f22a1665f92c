// A form-level message (not tied to one field), announced to screen readers when it appears.
import type { ReactNode } from "react";
import { cn } from "./cn";

export function FormAlert({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  return (
    <p id={id} role="alert" className={cn("rounded-md bg-danger-soft px-3 py-2 text-sm text-danger-fg", className)}>
      {children}
    </p>
  );
}
