// SKUs (sellable packs) of a product: create, update, activate/deactivate.
import { inTransaction } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity/audit";
import { productInHub, skuInHub } from "./access";
import { uniqueViolationFields } from "../db-errors";
import { ZRef, ZSkuCreate, ZSkuUpdate } from "./schema";

const DUPLICATE_CODE = "Another SKU in this hub already uses this code";

function codeConflict(error: unknown): never {
  if (uniqueViolationFields(error)?.includes("code")) throw fieldError("code", DUPLICATE_CODE);
  throw error;
}

/** Adds a SKU to a product; the code is unique per hub. */
export async function createSku(ctx: ServiceContext, raw: unknown) {
  const { productId, ...fields } = parseOrThrow(ZSkuCreate, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    await productInHub(tx, hubId, productId);
    if (await tx.sku.findFirst({ where: { hubId, code: fields.code }, select: { id: true } })) throw fieldError("code", DUPLICATE_CODE);
    const sku = await tx.sku.create({ data: { hubId, productId, ...fields }, select: { id: true, code: true } }).catch(codeConflict);
    await tx.product.update({ where: { id: productId }, data: { updatedAt: ctx.now() } });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.sku.created", targetType: "sku", targetId: sku.id, data: { productId, code: fields.code }, ip: ctx.ip });
    return sku;
  });
}

/** Updates a SKU's code, pack, logistics data, temperature band or low-stock threshold. */
export async function updateSku(ctx: ServiceContext, raw: unknown) {
  const { id, ...fields } = parseOrThrow(ZSkuUpdate, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const sku = await skuInHub(tx, hubId, id);
    if (await tx.sku.findFirst({ where: { hubId, code: fields.code, NOT: { id } }, select: { id: true } })) throw fieldError("code", DUPLICATE_CODE);
    await tx.sku.update({ where: { id }, data: fields }).catch(codeConflict);
    await tx.product.update({ where: { id: sku.productId }, data: { updatedAt: ctx.now() } });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.sku.updated", targetType: "sku", targetId: id, data: { ...fields, previousCode: sku.code }, ip: ctx.ip });
    return { id, code: fields.code };
  });
}

/** Makes a SKU orderable again, or stops selling it (its history, lots and prices stay). */
export async function setSkuActive(ctx: ServiceContext, raw: unknown, active: boolean) {
  const { id } = parseOrThrow(ZRef, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const sku = await skuInHub(tx, hubId, id);
    if (sku.active === active) return { id, active, changed: false };
    await tx.sku.update({ where: { id }, data: { active } });
    await tx.product.update({ where: { id: sku.productId }, data: { updatedAt: ctx.now() } });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: active ? "catalog.sku.activated" : "catalog.sku.deactivated", targetType: "sku", targetId: id, data: { code: sku.code }, ip: ctx.ip });
    return { id, active, changed: true };
  });
}
