import type { ReactNode } from "react";
import { Inbox } from "lucide-react";
import { cn } from "./cn";

export type EmptyStateProps = {
  /** An icon element, e.g. <Sprout />; defaults to an inbox. */
  icon?: ReactNode;
  title: ReactNode;
  text?: ReactNode;
  /** A button or link that gets the user unstuck ("Create the first pool"). */
  action?: ReactNode;
  /** Tighter padding for use inside tables and cards. */
  compact?: boolean;
  className?: string;
};

/** Friendly "nothing here yet" block with an optional next step. */
export function EmptyState({ icon, title, text, action, compact = false, className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center justify-center text-center", compact ? "gap-1.5 px-4 py-8" : "gap-2 px-6 py-14", className)}>
      <div aria-hidden className="mb-1 flex size-10 items-center justify-center rounded-full bg-furrow-50 text-furrow-700 [&_svg]:size-5">
        {icon ?? <Inbox />}
      </div>
      <p className="text-sm font-semibold text-ink">{title}</p>
      {text && <p className="max-w-sm text-sm text-ink-muted">{text}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
