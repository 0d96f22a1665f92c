// Known Prisma failures that are the caller's doing become DomainErrors instead of 500s.
import { DomainError } from "@/lib/errors";
import { uniqueViolationFields } from "./db-errors";

type PrismaKnown = { code: string; meta?: { target?: unknown; modelName?: string } };

function isPrismaKnown(error: unknown): error is PrismaKnown {
  return typeof error === "object" && error !== null && "code" in error && typeof (error as { code: unknown }).code === "string" && /^P\d{4}$/.test((error as { code: string }).code);
}

export function prismaToDomainError(error: unknown): DomainError | undefined {
  if (!isPrismaKnown(error)) return undefined;
  if (error.code === "P2002") {
    // Through the pg adapter the columns come in the driver error, not meta.target.
    const field = uniqueViolationFields(error)?.at(-1) ?? "_";
    return new DomainError("CONFLICT", "This value is already in use.", { fieldErrors: { [field]: ["Already in use"] } });
  }
  if (error.code === "P2025") return new DomainError("NOT_FOUND", "Not found.");
  if (error.code === "P2003") return new DomainError("VALIDATION", "A referenced record does not exist.");
  return undefined;
}
