/** Shared look of text-like form controls (input, textarea, select): border, focus, invalid, disabled. */
export const controlClasses =
  "w-full rounded-md border border-line-strong bg-surface text-sm text-ink shadow-xs transition-colors " +
  "placeholder:text-ink-subtle hover:border-ink-subtle " +
  "focus-visible:border-furrow-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring/40 " +
  "aria-invalid:border-danger aria-invalid:focus-visible:outline-danger/30 " +
  "disabled:cursor-not-allowed disabled:bg-subtle disabled:text-ink-muted disabled:hover:border-line-strong " +
  "read-only:bg-subtle";
