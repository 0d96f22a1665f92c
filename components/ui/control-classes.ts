/** Shared look of text-like form controls (input, textarea, select): border, focus, invalid, disabled. */
export const controlClasses =
  "w-full rounded-md border border-line-strong bg-surface text-sm text-ink shadow-xs transition-colors " +
  "placeholder:text-ink-subtle hover:border-ink-subtle " +
  "focus-visible:border-furrow-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring " +
  "aria-invalid:border-danger aria-invalid:focus-visible:border-danger aria-invalid:focus-visible:outline-danger " +
  "disabled:cursor-not-allowed disabled:bg-subtle disabled:text-ink-muted disabled:hover:border-line-strong";

/** Read-only styling for input/textarea only (a <select> always matches :read-only). */
export const readOnlyClasses = "read-only:bg-subtle read-only:focus-visible:border-line-strong";
