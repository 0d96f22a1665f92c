// Database refusals that are the caller's doing, recognised so services can answer with field errors.
// Through the pg driver adapter a trigger's error arrives as a DriverAdapterError whose cause holds
// the PostgreSQL SQLSTATE; unique violations arrive as P2002 with the constraint's columns.

type AdapterCause = { code?: string; originalCode?: string; originalMessage?: string; constraint?: { fields?: string[] } };

function causes(error: unknown): AdapterCause[] {
  const out: AdapterCause[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const node = current as { cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
    out.push(node as AdapterCause);
    if (node.meta?.driverAdapterError?.cause) out.push(node.meta.driverAdapterError.cause as AdapterCause);
    current = node.cause;
  }
  return out;
}

/** The Price_no_overlap trigger fired (SQLSTATE 23P01, exclusion_violation). */
export function isPriceOverlap(error: unknown): boolean {
  return causes(error).some((c) => c.originalCode === "23P01" || c.code === "23P01");
}

/** The columns of the unique constraint a write violated, unquoted; null for other errors. */
export function uniqueViolationFields(error: unknown): string[] | null {
  if ((error as { code?: unknown })?.code !== "P2002") return null;
  for (const c of causes(error)) {
    if (c.constraint?.fields) return c.constraint.fields.map((f) => f.replace(/"/g, ""));
  }
  const target = (error as { meta?: { target?: unknown } }).meta?.target;
  return Array.isArray(target) ? (target as string[]) : [];
}
