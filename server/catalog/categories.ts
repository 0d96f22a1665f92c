// Categories (a tree, ordered among siblings) and tax categories of the caller's hub.
import { inTransaction, type DbOrTx } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity/audit";
import { uniqueViolationFields } from "../db-errors";
import { slugify } from "./rules";
import { ZCategoryInput, ZCategoryReorder, ZCategoryUpdate, ZRef, ZTaxCategoryInput, ZTaxCategoryUpdate } from "./schema";

export type CategoryRow = { id: string; parentId: string | null; slug: string; name: string; description: string; position: number; productCount: number; childCount: number };
export type TaxCategoryRow = { id: string; code: string; name: string; rateBasisPoints: number; productCount: number };

/** All categories of the hub, siblings in their display order. */
export async function listCategories(ctx: ServiceContext): Promise<CategoryRow[]> {
  const rows = await ctx.db.category.findMany({
    where: { hubId: ctx.actor.hubId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, parentId: true, slug: true, name: true, description: true, position: true, _count: { select: { products: true, children: true } } },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, productCount: _count.products, childCount: _count.children }));
}

/** All tax categories of the hub. */
export async function listTaxCategories(ctx: ServiceContext): Promise<TaxCategoryRow[]> {
  const rows = await ctx.db.taxCategory.findMany({
    where: { hubId: ctx.actor.hubId },
    orderBy: [{ rateBasisPoints: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, rateBasisPoints: true, _count: { select: { products: true } } },
  });
  return rows.map(({ _count, ...t }) => ({ ...t, productCount: _count.products }));
}

async function assertParent(db: DbOrTx, hubId: string, parentId: string | null, selfId?: string): Promise<void> {
  // Walk up from the new parent: meeting the category itself would make a cycle.
  for (let id = parentId, depth = 0; id; depth++) {
    if (id === selfId) throw fieldError("parentId", "A category cannot be placed under itself or its own subcategory");
    const parent = await db.category.findFirst({ where: { id, hubId }, select: { parentId: true } });
    if (!parent) throw fieldError("parentId", "Choose an existing category");
    if (depth > 20) throw fieldError("parentId", "Categories nest at most 20 levels deep");
    id = parent.parentId;
  }
}

async function assertSlugFree(db: DbOrTx, hubId: string, slug: string, selfId?: string): Promise<void> {
  const clash = await db.category.findFirst({ where: { hubId, slug, NOT: selfId ? { id: selfId } : undefined }, select: { id: true } });
  if (clash) throw fieldError("slug", "Another category already uses this slug");
}

function slugConflict(error: unknown): never {
  if (uniqueViolationFields(error)?.includes("slug")) throw fieldError("slug", "Another category already uses this slug");
  throw error;
}

/** Creates a category at the end of its siblings. */
export async function createCategory(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZCategoryInput, raw);
  const hubId = ctx.actor.hubId;
  const slug = input.slug ?? slugify(input.name);
  return inTransaction(ctx.db, async (tx) => {
    await assertParent(tx, hubId, input.parentId);
    await assertSlugFree(tx, hubId, slug);
    const last = await tx.category.aggregate({ where: { hubId, parentId: input.parentId }, _max: { position: true } });
    const category = await tx.category
      .create({ data: { hubId, slug, name: input.name, description: input.description, parentId: input.parentId, position: (last._max.position ?? -1) + 1 }, select: { id: true, slug: true } })
      .catch(slugConflict);
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.category.created", targetType: "category", targetId: category.id, data: { name: input.name, slug }, ip: ctx.ip });
    return category;
  });
}

/** Renames, re-slugs, re-describes or moves a category (never under its own subtree). */
export async function updateCategory(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZCategoryUpdate, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const current = await tx.category.findFirst({ where: { id: input.id, hubId }, select: { slug: true, parentId: true } });
    if (!current) throw new DomainError("NOT_FOUND", "Category not found.");
    const slug = input.slug ?? current.slug;
    await assertParent(tx, hubId, input.parentId, input.id);
    await assertSlugFree(tx, hubId, slug, input.id);
    await tx.category.update({ where: { id: input.id }, data: { name: input.name, slug, description: input.description, parentId: input.parentId } }).catch(slugConflict);
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.category.updated", targetType: "category", targetId: input.id, data: { name: input.name, slug, parentId: input.parentId }, ip: ctx.ip });
    return { id: input.id, slug };
  });
}

/** Sets the order of one parent's subcategories; `ids` must list exactly those siblings. */
export async function reorderCategories(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZCategoryReorder, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const siblings = await tx.category.findMany({ where: { hubId, parentId: input.parentId }, select: { id: true } });
    const expected = new Set(siblings.map((s) => s.id));
    if (expected.size !== input.ids.length || new Set(input.ids).size !== input.ids.length || !input.ids.every((id) => expected.has(id))) {
      throw fieldError("ids", "The list must contain each category of this level exactly once; reload and try again");
    }
    await Promise.all(input.ids.map((id, position) => tx.category.update({ where: { id }, data: { position } })));
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.category.reordered", targetType: "category", targetId: input.parentId ?? "root", data: { ids: input.ids }, ip: ctx.ip });
    return { ids: input.ids };
  });
}

/** Deletes a category that holds no products and no subcategories. */
export async function deleteCategory(ctx: ServiceContext, raw: unknown) {
  const { id } = parseOrThrow(ZRef, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const category = await tx.category.findFirst({ where: { id, hubId }, select: { name: true, _count: { select: { products: true, children: true } } } });
    if (!category) throw new DomainError("NOT_FOUND", "Category not found.");
    if (category._count.products > 0) throw new DomainError("INVALID_STATE", `“${category.name}” still holds ${category._count.products} product(s); move them to another category first.`);
    if (category._count.children > 0) throw new DomainError("INVALID_STATE", `“${category.name}” still has ${category._count.children} subcategory(ies); move or delete them first.`);
    await tx.category.delete({ where: { id } });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.category.deleted", targetType: "category", targetId: id, data: { name: category.name }, ip: ctx.ip });
    return { id };
  });
}

function taxCodeConflict(error: unknown): never {
  if (uniqueViolationFields(error)?.includes("code")) throw fieldError("code", "Another tax category already uses this code");
  throw error;
}

/** Creates a tax category (rate in basis points: 900 = 9 %). */
export async function createTaxCategory(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZTaxCategoryInput, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    if (await tx.taxCategory.findFirst({ where: { hubId, code: input.code }, select: { id: true } })) throw fieldError("code", "Another tax category already uses this code");
    const tax = await tx.taxCategory.create({ data: { hubId, ...input }, select: { id: true } }).catch(taxCodeConflict);
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.tax_category.created", targetType: "tax_category", targetId: tax.id, data: input, ip: ctx.ip });
    return tax;
  });
}

/** Updates a tax category's code, name or rate. */
export async function updateTaxCategory(ctx: ServiceContext, raw: unknown) {
  const { id, ...input } = parseOrThrow(ZTaxCategoryUpdate, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const current = await tx.taxCategory.findFirst({ where: { id, hubId }, select: { rateBasisPoints: true } });
    if (!current) throw new DomainError("NOT_FOUND", "Tax category not found.");
    if (await tx.taxCategory.findFirst({ where: { hubId, code: input.code, NOT: { id } }, select: { id: true } })) throw fieldError("code", "Another tax category already uses this code");
    await tx.taxCategory.update({ where: { id }, data: input }).catch(taxCodeConflict);
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.tax_category.updated", targetType: "tax_category", targetId: id, data: { ...input, previousRateBasisPoints: current.rateBasisPoints }, ip: ctx.ip });
    return { id };
  });
}
