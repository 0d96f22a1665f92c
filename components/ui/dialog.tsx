"use client";

import { useId, type ReactNode } from "react";
import { X } from "lucide-react";
import { cn } from "./cn";
import { useModalDialog } from "./use-modal-dialog";

export type DialogProps = {
  open: boolean;
  /** Called on Esc, the close button, a backdrop click, or a form with method="dialog" submitting. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** Buttons row pinned under the scrolling body. */
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  /** Set false for forms where an accidental outside click would lose input. */
  closeOnBackdrop?: boolean;
  className?: string;
  children?: ReactNode;
};

const widths = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" } as const;

/** Centred modal on the native <dialog> element; content mounts only while open. */
export function Dialog({ open, onClose, title, description, footer, size = "md", closeOnBackdrop = true, className, children }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const { ref, dialogProps } = useModalDialog(open, onClose, closeOnBackdrop);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={cn(
        "m-auto w-[calc(100%-2rem)] rounded-xl border border-line bg-surface p-0 text-ink shadow-xl open:animate-dialog-in",
        widths[size],
        className,
      )}
      {...dialogProps}
    >
      {open && (
        <div className="relative flex max-h-[85dvh] flex-col">
          <header className="px-5 pt-5 pr-12 pb-3">
            <h2 id={titleId} className="text-base font-semibold text-ink">
              {title}
            </h2>
            {description && (
              <p id={descriptionId} className="mt-1 text-sm text-ink-muted">
                {description}
              </p>
            )}
          </header>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 pb-5 text-sm">{children}</div>
          {footer && <footer className="flex flex-wrap justify-end gap-2 border-t border-line bg-subtle px-5 py-3">{footer}</footer>}
          {/* Last in DOM order so showModal() focuses the first field, not the close button. */}
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="absolute top-3.5 right-3.5 rounded-md p-1 text-ink-subtle hover:bg-subtle hover:text-ink"
          >
            <X aria-hidden className="size-4" />
          </button>
        </div>
      )}
    </dialog>
  );
}
