// The field errors a client would receive, read from an error thrown by a server-side caller.
import { ZodError } from "zod";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { zodFieldErrors } from "../trpc";

export function fieldErrorsFrom(error: unknown): FieldErrors {
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof ZodError) return zodFieldErrors(cause);
  if (cause instanceof DomainError) return cause.fieldErrors ?? {};
  return {};
}
