import type { ReactNode } from "react";
import { cn } from "./cn";

export type Tone = "success" | "warning" | "danger" | "info" | "neutral";

const toneClasses: Record<Tone, string> = {
  success: "bg-success-soft text-success-fg ring-success-line",
  warning: "bg-warning-soft text-warning-fg ring-warning-line",
  danger: "bg-danger-soft text-danger-fg ring-danger-line",
  info: "bg-info-soft text-info-fg ring-info-line",
  neutral: "bg-neutral-soft text-neutral-fg ring-neutral-line",
};

const dotClasses: Record<Tone, string> = {
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
  info: "bg-info",
  neutral: "bg-neutral-solid",
};

export type BadgeProps = {
  tone?: Tone;
  /** Leading coloured dot, so the tone does not rely on the background tint alone. */
  dot?: boolean;
  className?: string;
  children: ReactNode;
};

/** Small pill label in one of the five status tones. */
export function Badge({ tone = "neutral", dot = false, className, children }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex h-5 items-center gap-1.5 rounded-full px-2 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        toneClasses[tone],
        className,
      )}
    >
      {dot && <span aria-hidden className={cn("size-1.5 rounded-full", dotClasses[tone])} />}
      {children}
    </span>
  );
}

/** Default status → tone mapping shared by every portal; keys are upper-case status codes. */
export const DEFAULT_STATUS_TONES: Readonly<Record<string, Tone>> = {
  ACTIVE: "success",
  SUCCEEDED: "success",
  SENT: "success",
  COMPLETED: "success",
  DELIVERED: "success",
  PAID: "success",
  INVITED: "info",
  SCHEDULED: "info",
  QUEUED: "info",
  PENDING: "warning",
  RUNNING: "warning",
  RETRYING: "warning",
  FAILED: "danger",
  DEAD: "danger",
  ERROR: "danger",
  REJECTED: "danger",
  DEACTIVATED: "neutral",
  DRAFT: "neutral",
  CANCELLED: "neutral",
  ARCHIVED: "neutral",
};

/** The tone for a status code: the passed map wins over the defaults, unknown codes are neutral. */
export function toneForStatus(status: string, map?: Record<string, Tone>): Tone {
  const key = status.toUpperCase();
  return map?.[key] ?? map?.[status] ?? DEFAULT_STATUS_TONES[key] ?? "neutral";
}

/** "PARTIALLY_PAID" → "Partially paid". */
export function humanizeStatus(status: string): string {
  const words = status.replace(/[_-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type StatusBadgeProps = {
  status: string;
  /** Extra or overriding status → tone entries (merged over DEFAULT_STATUS_TONES). */
  map?: Record<string, Tone>;
  /** Display text; defaults to the humanised status code. */
  label?: ReactNode;
  className?: string;
};

/** Badge for an enum status code, coloured through a status → tone map. */
export function StatusBadge({ status, map, label, className }: StatusBadgeProps) {
  return (
    <Badge tone={toneForStatus(status, map)} dot className={className}>
      {label ?? humanizeStatus(status)}
    </Badge>
  );
}
