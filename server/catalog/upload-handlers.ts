// Multipart upload handlers behind app/api/catalog/*: authenticate, authorise, read the form, call
// the service, answer JSON in the tRPC error shape ({ error: { message, domainCode, fieldErrors } }).
// No Next.js imports: the route files pass in the actor, so these run in tests as they do in the app.
import type { Db } from "@/lib/db";
import { DomainError, httpStatusOf, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { can } from "@/lib/rbac";
import type { BlobStorage } from "@/lib/storage";
import type { ServiceContext } from "../context";
import type { Actor } from "../identity/actor";
import { prismaToDomainError } from "../prisma-errors";
import { createCertification, updateCertification } from "./certifications";
import { uploadProductImage } from "./images";
import { DOCUMENT_MAX_BYTES, IMAGE_MAX_BYTES, type UploadedFile } from "./media";

export type UploadDeps = { db: Db; actor: Actor | null; ip?: string; now?: () => Date; storage?: BlobStorage };

function errorJson(status: number, message: string, domainCode: string, fieldErrors: FieldErrors | null = null): Response {
  return Response.json({ error: { message, domainCode, fieldErrors } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A DomainError (or a known Prisma error) as its HTTP status; anything else is a logged 500. */
export function errorResponse(error: unknown): Response {
  const domain = error instanceof DomainError ? error : prismaToDomainError(error);
  if (domain) return errorJson(httpStatusOf[domain.code], domain.message, domain.code, domain.fieldErrors ?? null);
  logger.error("catalog.upload.failed", { error: String(error) });
  return errorJson(500, "Something went wrong on our side. Please try again.", "INTERNAL");
}

function contextFor(deps: UploadDeps): ServiceContext | Response {
  if (!deps.actor) return errorJson(401, "Please sign in.", "UNAUTHENTICATED");
  if (!can(deps.actor.role, "catalog:manage")) return errorJson(403, "Your role cannot do this (needs catalog:manage).", "FORBIDDEN");
  return { db: deps.db, actor: deps.actor, ip: deps.ip, now: deps.now ?? (() => new Date()) };
}

/** Reads a multipart body, refusing non-multipart requests and bodies far over the file limit early. */
async function readForm(req: Request, maxFileBytes: number, fileField: string): Promise<FormData> {
  if (!(req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) throw new DomainError("VALIDATION", "Send the form as multipart/form-data.");
  const declared = Number(req.headers.get("content-length") ?? "0");
  // Room for the other fields and multipart framing; the file itself is checked exactly later.
  if (declared > maxFileBytes + 256 * 1024) {
    const message = `The file is larger than ${Math.round(maxFileBytes / 1024 / 1024)} MB`;
    throw new DomainError("VALIDATION", message, { fieldErrors: { [fileField]: [message] } });
  }
  try {
    return await req.formData();
  } catch {
    throw new DomainError("VALIDATION", "The upload could not be read; please try again.");
  }
}

async function fileFrom(form: FormData, name: string): Promise<UploadedFile | null> {
  const entry = form.get(name);
  if (!(entry instanceof File) || entry.size === 0) return null;
  return { bytes: new Uint8Array(await entry.arrayBuffer()), name: entry.name || name };
}

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

async function run(deps: UploadDeps, work: (ctx: ServiceContext) => Promise<unknown>, status = 200): Promise<Response> {
  const ctx = contextFor(deps);
  if (ctx instanceof Response) return ctx;
  try {
    return Response.json(await work(ctx), { status });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST /api/catalog/products/:id/images with fields `file` and `alt`. */
export function handleProductImageUpload(req: Request, productId: string, deps: UploadDeps): Promise<Response> {
  return run(deps, async (ctx) => {
    const form = await readForm(req, IMAGE_MAX_BYTES, "file");
    return uploadProductImage(ctx, { productId, alt: text(form, "alt"), file: await fileFrom(form, "file") }, deps.storage);
  }, 201);
}

function certificationFields(form: FormData) {
  return { organisationId: text(form, "organisationId"), scheme: text(form, "scheme"), issuer: text(form, "issuer"), number: text(form, "number"), validFrom: text(form, "validFrom"), validTo: text(form, "validTo") };
}

/** POST /api/catalog/certifications: the certificate's fields and an optional `document`. */
export function handleCertificationCreate(req: Request, deps: UploadDeps): Promise<Response> {
  return run(deps, async (ctx) => {
    const form = await readForm(req, DOCUMENT_MAX_BYTES, "document");
    return createCertification(ctx, certificationFields(form), await fileFrom(form, "document"), deps.storage);
  }, 201);
}

/** PATCH /api/catalog/certifications/:id: all fields again, and optionally a replacement `document`. */
export function handleCertificationUpdate(req: Request, id: string, deps: UploadDeps): Promise<Response> {
  return run(deps, async (ctx) => {
    const form = await readForm(req, DOCUMENT_MAX_BYTES, "document");
    return updateCertification(ctx, { id, ...certificationFields(form) }, await fileFrom(form, "document"), deps.storage);
  });
}
