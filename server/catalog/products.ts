// Products of the caller's hub: the admin table, create, update, activate/deactivate.
import { inTransaction, type DbOrTx } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity/audit";
import { productInHub } from "./access";
import { uniqueViolationFields } from "../db-errors";
import { imageUrls } from "./image-urls";
import { slugify } from "./rules";
import { ZProductInput, ZProductList, ZProductUpdate, ZRef } from "./schema";

export type ProductRow = {
  id: string;
  name: string;
  slug: string;
  active: boolean;
  updatedAt: Date;
  categoryId: string;
  categoryName: string;
  skuCount: number;
  /** Current retail (single pack) price range over active SKUs; null when none is priced now. */
  priceMinMinor: number | null;
  priceMaxMinor: number | null;
  currency: string;
  thumbUrl: string | null;
};

const SORTABLE = ["name", "category", "skuCount", "updatedAt", "active"] as const;

function orderFor(sort: (typeof SORTABLE)[number], direction: "asc" | "desc") {
  if (sort === "category") return { category: { name: direction } };
  if (sort === "skuCount") return { skus: { _count: direction } };
  return { [sort]: direction };
}

/** The products table: search (name, slug, SKU code), filter by category and active, sort, page. */
export async function listProducts(ctx: ServiceContext, raw: unknown): Promise<Page<ProductRow>> {
  const q = parseOrThrow(ZProductList, raw);
  const { skip, take, sort, direction } = pageArgs(q, SORTABLE, { id: "name", desc: false });
  const search = q.filters.q?.trim();
  const active = q.filters.active === "true" ? true : q.filters.active === "false" ? false : undefined;
  const where = {
    hubId: ctx.actor.hubId,
    ...(q.filters.categoryId ? { categoryId: q.filters.categoryId } : {}),
    ...(active !== undefined ? { active } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" as const } },
            { slug: { contains: search, mode: "insensitive" as const } },
            { skus: { some: { code: { contains: search, mode: "insensitive" as const } } } },
          ],
        }
      : {}),
  };
  const [total, products] = await Promise.all([
    ctx.db.product.count({ where }),
    ctx.db.product.findMany({
      where,
      skip,
      take,
      orderBy: [orderFor(sort.id, direction), { id: "asc" }],
      select: {
        id: true, name: true, slug: true, active: true, updatedAt: true, categoryId: true,
        category: { select: { name: true } },
        _count: { select: { skus: true } },
        images: { orderBy: { position: "asc" }, take: 1, select: { variants: true } },
      },
    }),
  ]);
  const ranges = await currentRetailRanges(ctx.db, products.map((p) => p.id), ctx.now());
  const rows = products.map((p) => ({
    id: p.id, name: p.name, slug: p.slug, active: p.active, updatedAt: p.updatedAt, categoryId: p.categoryId,
    categoryName: p.category.name,
    skuCount: p._count.skus,
    priceMinMinor: ranges.get(p.id)?.min ?? null,
    priceMaxMinor: ranges.get(p.id)?.max ?? null,
    currency: ctx.actor.hubCurrency,
    thumbUrl: p.images[0] ? imageUrls(p.images[0].variants).thumb : null,
  }));
  return { rows, total };
}

/** Min/max current retail single-pack price per product, in one grouped query for the page. */
async function currentRetailRanges(db: DbOrTx, productIds: string[], now: Date) {
  if (productIds.length === 0) return new Map<string, { min: number; max: number }>();
  const rows = await db.$queryRaw<{ productId: string; min: number; max: number }[]>`
    SELECT s."productId" AS "productId", MIN(p."amountMinor")::int AS min, MAX(p."amountMinor")::int AS max
    FROM "Price" p JOIN "Sku" s ON s.id = p."skuId"
    WHERE s."productId" = ANY(${productIds}) AND s.active AND p.channel = 'RETAIL' AND p."minQuantity" = 1
      AND p."validFrom" <= ${now} AND (p."validTo" IS NULL OR p."validTo" > ${now})
    GROUP BY s."productId"`;
  return new Map(rows.map((r) => [r.productId, { min: r.min, max: r.max }]));
}

async function assertRefs(db: DbOrTx, hubId: string, input: { categoryId: string; taxCategoryId: string }) {
  const [category, tax] = await Promise.all([
    db.category.findFirst({ where: { id: input.categoryId, hubId }, select: { id: true } }),
    db.taxCategory.findFirst({ where: { id: input.taxCategoryId, hubId }, select: { id: true } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (!category) fieldErrors.categoryId = ["Choose an existing category"];
  if (!tax) fieldErrors.taxCategoryId = ["Choose an existing tax category"];
  if (Object.keys(fieldErrors).length) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors });
}

/** A slug for the product: the given one must be free; a derived one gets "-2", "-3"... when taken. */
async function productSlug(db: DbOrTx, hubId: string, name: string, given: string | undefined, selfId?: string): Promise<string> {
  const taken = async (slug: string) => Boolean(await db.product.findFirst({ where: { hubId, slug, NOT: selfId ? { id: selfId } : undefined }, select: { id: true } }));
  if (given) {
    if (await taken(given)) throw fieldError("slug", "Another product already uses this slug");
    return given;
  }
  const base = slugify(name);
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  throw fieldError("slug", "Choose a slug for this product");
}

function slugConflict(error: unknown): never {
  if (uniqueViolationFields(error)?.includes("slug")) throw fieldError("slug", "Another product already uses this slug");
  throw error;
}

/** Creates a product in a category with a tax category. */
export async function createProduct(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZProductInput, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    await assertRefs(tx, hubId, input);
    const slug = await productSlug(tx, hubId, input.name, input.slug);
    const { slug: _given, ...fields } = input;
    const product = await tx.product.create({ data: { hubId, ...fields, slug }, select: { id: true, slug: true } }).catch(slugConflict);
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.product.created", targetType: "product", targetId: product.id, data: { name: input.name, slug }, ip: ctx.ip });
    return product;
  });
}

/** Updates a product's texts, category, tax category or active flag. */
export async function updateProduct(ctx: ServiceContext, raw: unknown) {
  const { id, ...input } = parseOrThrow(ZProductUpdate, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const current = await productInHub(tx, hubId, id);
    await assertRefs(tx, hubId, input);
    const slug = input.slug ?? current.slug;
    if (slug !== current.slug) await productSlug(tx, hubId, input.name, slug, id);
    const { slug: _given, ...fields } = input;
    await tx.product.update({ where: { id }, data: { ...fields, slug } }).catch(slugConflict);
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.product.updated", targetType: "product", targetId: id, data: { name: input.name, slug, active: input.active }, ip: ctx.ip });
    return { id, slug };
  });
}

/** Shows (active) or hides a product from the storefront. */
export async function setProductActive(ctx: ServiceContext, raw: unknown, active: boolean) {
  const { id } = parseOrThrow(ZRef, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const current = await productInHub(tx, hubId, id);
    if (current.active === active) return { id, active, changed: false };
    await tx.product.update({ where: { id }, data: { active } });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: active ? "catalog.product.activated" : "catalog.product.deactivated", targetType: "product", targetId: id, ip: ctx.ip });
    return { id, active, changed: true };
  });
}
