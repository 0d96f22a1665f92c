// Parses service input with zod, turning failures into a field-level DomainError.
import type { z } from "zod";
import { DomainError, type FieldErrors } from "@/lib/errors";

/** Services validate their own input too, so every door (tRPC, server action, job) gets the same rules. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors });
}
