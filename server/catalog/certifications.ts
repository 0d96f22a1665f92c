// Certifications held by farms and clusters (organic etc.), with an optional scanned document that
// is only ever handed out through short-lived signed links.
import { randomUUID } from "node:crypto";
import { inTransaction, type DbOrTx } from "@/lib/db";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getStorage, PRIVATE_PREFIX, type BlobStorage } from "@/lib/storage";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity/audit";
import { dateOnlyString, dateOnlyValue, formatDateOnly, hubToday } from "./dates";
import { uniqueViolationFields } from "../db-errors";
import { checkDocument, type UploadedFile } from "./media";
import { isCurrentCertification } from "./rules";
import { CERTIFICATION_SCHEMES, ZCertificationInput, ZCertificationUpdate, ZRef, type TCertificationInput } from "./schema";

export const DOCUMENT_LINK_SECONDS = 10 * 60;
export const SCHEME_LABELS: Record<(typeof CERTIFICATION_SCHEMES)[number], string> = {
  EU_ORGANIC: "EU organic",
  DEMETER: "Demeter",
  GLOBALGAP: "GLOBALG.A.P.",
  FAIRTRADE: "Fairtrade",
  FREE_RANGE: "Free range",
  PLANET_PROOF: "On the way to PlanetProof",
};

type Checked = { document: { contentType: string; ext: string } | null };

/** Every rule a certificate must pass before anything is written; all problems reported together. */
async function checkCertification(ctx: ServiceContext, input: TCertificationInput, file: UploadedFile | null, opts: { selfId?: string; expiryMatters: boolean }): Promise<Checked> {
  const hubId = ctx.actor.hubId;
  const errors: FieldErrors = {};
  const today = hubToday(ctx.now(), ctx.actor.hubTimeZone);
  if (opts.expiryMatters && input.validTo < today) errors.validTo = [`This certificate expired on ${formatDateOnly(input.validTo)}. Only current certificates can be uploaded.`];
  const [holder, clash] = await Promise.all([
    ctx.db.organisation.findFirst({ where: { id: input.organisationId, hubId }, select: { kind: true } }),
    ctx.db.certification.findFirst({ where: { hubId, scheme: input.scheme, number: input.number, NOT: opts.selfId ? { id: opts.selfId } : undefined }, select: { id: true } }),
  ]);
  if (!holder || (holder.kind !== "FARM" && holder.kind !== "CLUSTER")) errors.organisationId = ["Choose a farm or cluster of this hub"];
  if (clash) errors.number = [`${SCHEME_LABELS[input.scheme]} certificate ${input.number} is already registered in this hub`];
  let document: Checked["document"] = null;
  if (file) {
    try {
      document = await checkDocument(file, "document");
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      Object.assign(errors, error.fieldErrors);
    }
  }
  if (Object.keys(errors).length) {
    const message = errors.validTo?.[0] ?? errors.document?.[0] ?? "Please correct the highlighted fields.";
    throw new DomainError("VALIDATION", message, { fieldErrors: errors });
  }
  return { document };
}

function numberConflict(input: TCertificationInput) {
  return (error: unknown): never => {
    if (uniqueViolationFields(error)?.includes("number")) throw new DomainError("CONFLICT", "This certificate number is already registered.", { fieldErrors: { number: [`${SCHEME_LABELS[input.scheme]} certificate ${input.number} is already registered in this hub`] } });
    throw error;
  };
}

function safeFileName(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f]/g, "").trim().slice(0, 120);
  return base || `certificate.${ext}`;
}

async function storeDocument(storage: BlobStorage, certificationId: string, file: UploadedFile, doc: NonNullable<Checked["document"]>) {
  const key = `${PRIVATE_PREFIX}certifications/${certificationId}/${randomUUID().replaceAll("-", "")}.${doc.ext}`;
  await storage.put(key, file.bytes, doc.contentType);
  return { documentKey: key, documentName: safeFileName(file.name, doc.ext), documentContentType: doc.contentType };
}

async function dropBlob(storage: BlobStorage, key: string | null | undefined) {
  if (!key) return;
  await storage.delete(key).catch((error: unknown) => logger.warn("catalog.certification.blob_cleanup_failed", { key, error: String(error) }));
}

/** Registers a current certificate for a farm or cluster, optionally with its document (PDF/JPEG/PNG). */
export async function createCertification(ctx: ServiceContext, raw: unknown, file: UploadedFile | null, storage: BlobStorage = getStorage()) {
  const input = parseOrThrow(ZCertificationInput, raw);
  const { document } = await checkCertification(ctx, input, file, { expiryMatters: true });
  const id = randomUUID().replaceAll("-", "");
  const stored = document && file ? await storeDocument(storage, id, file, document) : null;
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const hubId = ctx.actor.hubId;
      await tx.certification
        .create({ data: { id, hubId, organisationId: input.organisationId, scheme: input.scheme, issuer: input.issuer, number: input.number, validFrom: dateOnlyValue(input.validFrom), validTo: dateOnlyValue(input.validTo), createdById: ctx.actor.userId, ...stored } })
        .catch(numberConflict(input));
      await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.certification.created", targetType: "certification", targetId: id, data: { ...input, document: stored?.documentName ?? null }, ip: ctx.ip });
      return { id };
    });
  } catch (error) {
    await dropBlob(storage, stored?.documentKey);
    throw error;
  }
}

/**
 * Edits a certificate, optionally replacing its document. Moving validTo into the past or uploading
 * a document for an expired certificate is refused; other edits to an expired one are allowed.
 */
export async function updateCertification(ctx: ServiceContext, raw: unknown, file: UploadedFile | null, storage: BlobStorage = getStorage()) {
  const { id, ...input } = parseOrThrow(ZCertificationUpdate, raw);
  const current = await ctx.db.certification.findFirst({ where: { id, hubId: ctx.actor.hubId }, select: { validTo: true, documentKey: true } });
  if (!current) throw new DomainError("NOT_FOUND", "Certification not found.");
  const expiryMatters = Boolean(file) || input.validTo !== dateOnlyString(current.validTo);
  const { document } = await checkCertification(ctx, input, file, { selfId: id, expiryMatters });
  const stored = document && file ? await storeDocument(storage, id, file, document) : null;
  try {
    await inTransaction(ctx.db, async (tx) => {
      await tx.certification
        .update({ where: { id }, data: { organisationId: input.organisationId, scheme: input.scheme, issuer: input.issuer, number: input.number, validFrom: dateOnlyValue(input.validFrom), validTo: dateOnlyValue(input.validTo), ...stored } })
        .catch(numberConflict(input));
      await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "catalog.certification.updated", targetType: "certification", targetId: id, data: { ...input, documentReplaced: Boolean(stored) }, ip: ctx.ip });
    });
  } catch (error) {
    await dropBlob(storage, stored?.documentKey);
    throw error;
  }
  if (stored) await dropBlob(storage, current.documentKey);
  return { id };
}

/** Deletes a certificate and its stored document. */
export async function deleteCertification(ctx: ServiceContext, raw: unknown, storage: BlobStorage = getStorage()) {
  const { id } = parseOrThrow(ZRef, raw);
  const removed = await inTransaction(ctx.db, async (tx) => {
    const cert = await tx.certification.findFirst({ where: { id, hubId: ctx.actor.hubId }, select: { number: true, scheme: true, documentKey: true } });
    if (!cert) throw new DomainError("NOT_FOUND", "Certification not found.");
    await tx.certification.delete({ where: { id } });
    await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "catalog.certification.deleted", targetType: "certification", targetId: id, data: { number: cert.number, scheme: cert.scheme }, ip: ctx.ip });
    return cert;
  });
  await dropBlob(storage, removed.documentKey);
  return { id };
}

/** Staff view of any certificate document of the hub: a link that works for 10 minutes. */
export async function certificationDocumentUrl(ctx: ServiceContext, raw: unknown, storage: BlobStorage = getStorage()) {
  const { id } = parseOrThrow(ZRef, raw);
  const cert = await ctx.db.certification.findFirst({ where: { id, hubId: ctx.actor.hubId }, select: { documentKey: true } });
  if (!cert) throw new DomainError("NOT_FOUND", "Certification not found.");
  if (!cert.documentKey) throw new DomainError("NOT_FOUND", "This certificate has no document.");
  const url = await storage.signedUrl(cert.documentKey, { expiresInSeconds: DOCUMENT_LINK_SECONDS });
  return { url, expiresAt: new Date(ctx.now().getTime() + DOCUMENT_LINK_SECONDS * 1000) };
}

/**
 * For the storefront: a 10-minute signed link to the document of a certificate that is valid today
 * in the hub; null when it is expired, not yet valid, has no document, or is not this hub's.
 */
export async function certificateDocumentLink(db: DbOrTx, hubId: string, certificationId: string, now: Date = new Date(), storage: BlobStorage = getStorage()): Promise<string | null> {
  const cert = await db.certification.findFirst({
    where: { id: certificationId, hubId },
    select: { documentKey: true, validFrom: true, validTo: true, hub: { select: { timeZone: true } } },
  });
  if (!cert?.documentKey) return null;
  if (!isCurrentCertification(dateOnlyString(cert.validFrom), dateOnlyString(cert.validTo), hubToday(now, cert.hub.timeZone))) return null;
  return storage.signedUrl(cert.documentKey, { expiresInSeconds: DOCUMENT_LINK_SECONDS });
}
