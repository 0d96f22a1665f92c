// Services throw DomainError; the tRPC error formatter and REST handlers map its code to HTTP.

export type DomainErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID_STATE"
  | "RATE_LIMITED"
  | "INSUFFICIENT_STOCK";

export const httpStatusOf: Record<DomainErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  INSUFFICIENT_STOCK: 409,
  RATE_LIMITED: 429,
};

/** Field-level messages, keyed by dotted path (e.g. "email", "lines.2.quantity"). */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly details?: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: string, opts: { fieldErrors?: FieldErrors; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.fieldErrors = opts.fieldErrors;
    this.details = opts.details;
  }
}

/** Shorthand for a validation error on one or more fields. */
export function fieldError(field: string, message: string): DomainError {
  return new DomainError("VALIDATION", message, { fieldErrors: { [field]: [message] } });
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
