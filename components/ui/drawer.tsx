"use client";

import { useId, type ReactNode } from "react";
import { X } from "lucide-react";
import { cn } from "./cn";
import { useModalDialog } from "./use-modal-dialog";

export type DrawerProps = {
  /** id of the <dialog>, e.g. for a toggle button's aria-controls. */
  id?: string;
  open: boolean;
  /** Called on Esc, the close button or a backdrop click. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  side?: "left" | "right";
  footer?: ReactNode;
  /** Tailwind max-width class for the panel; defaults to max-w-md. */
  widthClassName?: string;
  className?: string;
  children?: ReactNode;
};

/** Full-height side panel on the native <dialog> element (details, edit forms, the mobile nav). */
export function Drawer({ id, open, onClose, title, description, side = "right", footer, widthClassName, className, children }: DrawerProps) {
  const titleId = useId();
  const descriptionId = useId();
  const { ref, dialogProps } = useModalDialog(open, onClose);

  return (
    <dialog
      id={id}
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={cn(
        "fixed inset-y-0 m-0 h-dvh max-h-dvh w-[calc(100vw-3rem)] border-line bg-surface p-0 text-ink shadow-xl",
        side === "right" ? "right-0 left-auto border-l open:animate-drawer-in-right" : "right-auto left-0 border-r open:animate-drawer-in-left",
        widthClassName ?? "max-w-md",
        className,
      )}
      {...dialogProps}
    >
      {open && (
        <div className="flex h-full flex-col">
          <header className="flex items-start gap-3 border-b border-line px-4 py-3">
            <div className="min-w-0 flex-1">
              <h2 id={titleId} className="truncate text-base font-semibold text-ink">
                {title}
              </h2>
              {description && (
                <p id={descriptionId} className="mt-0.5 text-sm text-ink-muted">
                  {description}
                </p>
              )}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="-mr-1 rounded-md p-1.5 text-ink-subtle hover:bg-subtle hover:text-ink"
            >
              <X aria-hidden className="size-4" />
            </button>
          </header>
          <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4 text-sm">{children}</div>
          {footer && <footer className="flex flex-wrap justify-end gap-2 border-t border-line bg-subtle px-4 py-3">{footer}</footer>}
        </div>
      )}
    </dialog>
  );
}
