// Reads the field errors our tRPC error formatter attaches, for forms.
import type { FieldErrors } from "./errors";

type ErrorWithData = { message?: string; data?: { fieldErrors?: FieldErrors | null } | null };

export function fieldErrorsOf(error: unknown): FieldErrors {
  return ((error as ErrorWithData | null)?.data?.fieldErrors ?? {}) as FieldErrors;
}

export function messageOf(error: unknown): string {
  return (error as ErrorWithData | null)?.message ?? "Something went wrong.";
}
