// Product images: upload (validated, resized into webp variants, stored), alt text, order, delete.
// Blobs are written before the row and removed again if the row cannot be written, so a refused
// upload leaves nothing behind; a deleted row's blobs are removed after the commit.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { inTransaction } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getStorage, PRIVATE_PREFIX, PUBLIC_IMAGES_PREFIX, type BlobStorage } from "@/lib/storage";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity/audit";
import { productInHub } from "./access";
import { type ImageVariant, type VariantKeys } from "./image-urls";
import { checkImage, renderVariants, type UploadedFile } from "./media";
import { ZId, ZImageAlt, ZImageReorder, ZImageUpdate, ZRef } from "./schema";

export const MAX_IMAGES_PER_PRODUCT = 20;
const ZUploadFields = z.object({ productId: ZId, alt: ZImageAlt });

function keysFor(productId: string, imageId: string, ext: string) {
  const base = `${PUBLIC_IMAGES_PREFIX}products/${productId}/${imageId}`;
  const variants: VariantKeys = { thumb: `${base}/thumb.webp`, card: `${base}/card.webp`, large: `${base}/large.webp` };
  return { original: `${PRIVATE_PREFIX}product-originals/${productId}/${imageId}.${ext}`, variants };
}

async function removeBlobs(storage: BlobStorage, keys: string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((k) => storage.delete(k)));
  const failed = results.filter((r) => r.status === "rejected").length;
  if (failed) logger.warn("catalog.image.blob_cleanup_failed", { failed, keys });
}

/** Validates, resizes and stores an uploaded product image and appends it to the product's images. */
export async function uploadProductImage(ctx: ServiceContext, raw: { productId: unknown; alt: unknown; file: UploadedFile | null }, storage: BlobStorage = getStorage()) {
  const fields = parseOrThrow(ZUploadFields, { productId: raw.productId, alt: raw.alt });
  if (!raw.file) throw fieldError("file", "Choose an image to upload");
  const checked = await checkImage(raw.file, "file");
  const hubId = ctx.actor.hubId;
  await productInHub(ctx.db, hubId, fields.productId);
  if ((await ctx.db.productImage.count({ where: { productId: fields.productId } })) >= MAX_IMAGES_PER_PRODUCT) {
    throw fieldError("file", `A product can have at most ${MAX_IMAGES_PER_PRODUCT} images; delete one first`);
  }
  const rendered = await renderVariants(raw.file.bytes);
  const imageId = randomUUID().replaceAll("-", "");
  const keys = keysFor(fields.productId, imageId, checked.contentType.split("/")[1]!);
  const written: string[] = [];
  try {
    await storage.put(keys.original, raw.file.bytes, checked.contentType);
    written.push(keys.original);
    for (const name of Object.keys(keys.variants) as ImageVariant[]) {
      await storage.put(keys.variants[name], rendered[name].bytes, "image/webp");
      written.push(keys.variants[name]);
    }
    return await inTransaction(ctx.db, async (tx) => {
      await productInHub(tx, hubId, fields.productId);
      const last = await tx.productImage.aggregate({ where: { productId: fields.productId }, _max: { position: true } });
      const image = await tx.productImage.create({
        data: { id: imageId, hubId, productId: fields.productId, alt: fields.alt, position: (last._max.position ?? -1) + 1, originalKey: keys.original, variants: keys.variants, width: checked.width, height: checked.height, byteSize: raw.file!.bytes.byteLength },
        select: { id: true, position: true, width: true, height: true },
      });
      await tx.product.update({ where: { id: fields.productId }, data: { updatedAt: ctx.now() } });
      await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.image.uploaded", targetType: "product", targetId: fields.productId, data: { imageId, name: raw.file!.name, byteSize: raw.file!.bytes.byteLength }, ip: ctx.ip });
      return { ...image, variants: Object.fromEntries(Object.entries(rendered).map(([k, v]) => [k, { width: v.width, height: v.height }])) as Record<ImageVariant, { width: number; height: number }> };
    });
  } catch (error) {
    await removeBlobs(storage, written);
    throw error;
  }
}

/** Changes an image's alt text. */
export async function updateImageAlt(ctx: ServiceContext, raw: unknown) {
  const { id, alt } = parseOrThrow(ZImageUpdate, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const image = await tx.productImage.findFirst({ where: { id, hubId }, select: { productId: true } });
    if (!image) throw new DomainError("NOT_FOUND", "Image not found.");
    await tx.productImage.update({ where: { id }, data: { alt } });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.image.alt_changed", targetType: "product", targetId: image.productId, data: { imageId: id, alt }, ip: ctx.ip });
    return { id, alt };
  });
}

/** Sets the order of a product's images; `imageIds` must list each of them exactly once. */
export async function reorderProductImages(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZImageReorder, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    await productInHub(tx, hubId, input.productId);
    const current = await tx.productImage.findMany({ where: { productId: input.productId }, select: { id: true } });
    const expected = new Set(current.map((i) => i.id));
    if (expected.size !== input.imageIds.length || new Set(input.imageIds).size !== input.imageIds.length || !input.imageIds.every((id) => expected.has(id))) {
      throw fieldError("imageIds", "The list must contain each image of this product exactly once; reload and try again");
    }
    await Promise.all(input.imageIds.map((id, position) => tx.productImage.update({ where: { id }, data: { position } })));
    await tx.product.update({ where: { id: input.productId }, data: { updatedAt: ctx.now() } });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.image.reordered", targetType: "product", targetId: input.productId, data: { imageIds: input.imageIds }, ip: ctx.ip });
    return { imageIds: input.imageIds };
  });
}

/** Deletes an image: the row in a transaction, then its stored original and variants. */
export async function deleteProductImage(ctx: ServiceContext, raw: unknown, storage: BlobStorage = getStorage()) {
  const { id } = parseOrThrow(ZRef, raw);
  const hubId = ctx.actor.hubId;
  const removed = await inTransaction(ctx.db, async (tx) => {
    const image = await tx.productImage.findFirst({ where: { id, hubId }, select: { productId: true, originalKey: true, variants: true } });
    if (!image) throw new DomainError("NOT_FOUND", "Image not found.");
    await tx.productImage.delete({ where: { id } });
    await tx.product.update({ where: { id: image.productId }, data: { updatedAt: ctx.now() } });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.image.deleted", targetType: "product", targetId: image.productId, data: { imageId: id }, ip: ctx.ip });
    return image;
  });
  await removeBlobs(storage, [removed.originalKey, ...Object.values(removed.variants as VariantKeys)]);
  return { id };
}
