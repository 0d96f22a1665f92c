"use client";

import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { CircleAlert, CircleCheck, Info, X } from "lucide-react";
import { cn } from "./cn";

type ToastTone = "success" | "error" | "info";
type ToastOptions = { description?: string; /** ms before auto-dismiss; 0 keeps it until dismissed. */ duration?: number };
type ToastItem = { id: number; tone: ToastTone; title: string; description?: string; duration: number };

export type ToastApi = {
  success: (title: string, options?: ToastOptions) => number;
  error: (title: string, options?: ToastOptions) => number;
  info: (title: string, options?: ToastOptions) => number;
  dismiss: (id: number) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

// Errors stay longer: they usually need reading, and often an action elsewhere on the page.
const defaultDuration: Record<ToastTone, number> = { success: 4000, info: 5000, error: 8000 };
const MAX_VISIBLE = 4;
// Module-level so ids stay unique across providers; toasts are only ever created in the browser.
let nextToastId = 1;

/** Holds the toast queue and renders the polite live region; wrap the app (or shell) once. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);

  const api = useMemo<ToastApi>(() => {
    const push = (tone: ToastTone) => (title: string, options: ToastOptions = {}) => {
      const id = nextToastId++;
      const item: ToastItem = { id, tone, title, description: options.description, duration: options.duration ?? defaultDuration[tone] };
      setToasts((list) => [...list, item].slice(-MAX_VISIBLE));
      return id;
    };
    return { success: push("success"), error: push("error"), info: push("info"), dismiss };
  }, [dismiss]);

  return (
    <ToastContext value={api}>
      {children}
      {/* Always mounted so screen readers register the live region before the first message. */}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end"
      >
        {toasts.map((toast) => (
          <ToastCard key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext>
  );
}

/** Access to toast.success / .error / .info / .dismiss; must be used under ToastProvider. */
export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error("useToast() must be used inside <ToastProvider>.");
  return api;
}

const toneStyle: Record<ToastTone, { icon: typeof Info; className: string; label: string }> = {
  success: { icon: CircleCheck, className: "text-success", label: "Success" },
  error: { icon: CircleAlert, className: "text-danger", label: "Error" },
  info: { icon: Info, className: "text-info", label: "Information" },
};

function ToastCard({ toast, onDismiss }: { toast: ToastItem; onDismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  const { icon: Icon, className, label } = toneStyle[toast.tone];

  // Hover or keyboard focus pauses the countdown (WCAG 2.2.1); it restarts in full afterwards.
  useEffect(() => {
    if (paused || toast.duration <= 0) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), toast.duration);
    return () => window.clearTimeout(timer);
  }, [paused, toast.id, toast.duration, onDismiss]);

  return (
    <div
      className="pointer-events-auto flex w-full max-w-sm animate-toast-in items-start gap-3 rounded-lg border border-line bg-surface p-3 text-sm shadow-lg"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", className)} />
      <div className="min-w-0 flex-1">
        <p className="font-medium text-ink">
          <span className="sr-only">{label}: </span>
          {toast.title}
        </p>
        {toast.description && <p className="mt-0.5 text-ink-muted">{toast.description}</p>}
      </div>
      <button
        type="button"
        onClick={() => onDismiss(toast.id)}
        aria-label="Dismiss notification"
        className="-m-1 rounded-md p-1 text-ink-subtle hover:bg-subtle hover:text-ink"
      >
        <X aria-hidden className="size-4" />
      </button>
    </div>
  );
}
