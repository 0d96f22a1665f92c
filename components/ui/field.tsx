"use client";

import { createContext, use, useId, type ReactNode } from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "./cn";

type FieldContextValue = { id: string; describedBy: string | undefined; invalid: boolean; required: boolean | undefined };

const FieldContext = createContext<FieldContextValue | null>(null);

type ControlA11yProps = {
  id?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling";
};

/**
 * Merges a control's own props with the surrounding Field's id, aria-describedby, aria-invalid and
 * required, so Input/Select/Textarea/Checkbox are wired up just by being placed inside a Field.
 */
export function useFieldControl<P extends ControlA11yProps>(props: P): P {
  const field = use(FieldContext);
  if (!field) return props;
  const describedBy = [field.describedBy, props["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return {
    ...props,
    id: props.id ?? field.id,
    required: props.required ?? field.required,
    "aria-describedby": describedBy,
    "aria-invalid": props["aria-invalid"] ?? (field.invalid || undefined),
  };
}

export type FieldProps = {
  label: ReactNode;
  /** Help text under the control, announced with it via aria-describedby. */
  hint?: ReactNode;
  /** Field-level errors (e.g. from the server's zod flatten()); any entry marks the control invalid. */
  errors?: string[];
  required?: boolean;
  /** Id given to the control; generated when omitted. */
  id?: string;
  /** Keep the label for screen readers only (e.g. in dense toolbars). */
  hideLabel?: boolean;
  className?: string;
  children: ReactNode;
};

/** Label + control + hint + error list, with the accessibility attributes wired between them. */
export function Field({ label, hint, errors, required, id, hideLabel = false, className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors?.length ? `${controlId}-error` : undefined;
  const value: FieldContextValue = {
    id: controlId,
    describedBy: [errorId, hintId].filter(Boolean).join(" ") || undefined,
    invalid: Boolean(errorId),
    required,
  };

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className={cn("text-sm font-medium text-ink", hideLabel && "sr-only")}>
        {label}
        {required && (
          <span aria-hidden className="ml-0.5 text-danger-fg">
            *
          </span>
        )}
      </label>
      <FieldContext value={value}>{children}</FieldContext>
      {hint && (
        <p id={hintId} className="text-xs text-ink-muted">
          {hint}
        </p>
      )}
      {errorId && (
        <ul id={errorId} className="flex flex-col gap-0.5 text-xs font-medium text-danger-fg">
          {errors!.map((message) => (
            <li key={message} className="flex items-start gap-1">
              <CircleAlert aria-hidden className="mt-px size-3.5 shrink-0" />
              <span>{message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
