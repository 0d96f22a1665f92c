// Choices for the warehouse forms: locations, SKUs, lots at a location (with availability), farms.
import { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { ZLocationOptionsInput, ZLotOptionsInput, ZSkuOptionsInput } from "./schema";
import { containsPattern, hubToday } from "./sql";

const STOCKING_KINDS = ["WAREHOUSE", "PACKHOUSE"] as const;

/** Active locations of the caller's hub; "stocking" (default) lists warehouses and packhouses only. */
export async function locationOptions(ctx: ServiceContext, raw: unknown) {
  const { scope } = parseOrThrow(ZLocationOptionsInput, raw);
  const stocking = { kind: { in: [...STOCKING_KINDS] } };
  const where =
    scope === "all" ? {} : scope === "stocking" ? stocking : { OR: [stocking, { balances: { some: { onHand: { gt: 0 } } } }] };
  return ctx.db.location.findMany({
    where: { hubId: ctx.actor.hubId, active: true, ...where },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, kind: true },
  });
}

/** Active SKUs matching q (code, name or product name), for pickers. */
export async function skuOptions(ctx: ServiceContext, raw: unknown) {
  const { q, limit } = parseOrThrow(ZSkuOptionsInput, raw);
  const rows = await ctx.db.sku.findMany({
    where: {
      hubId: ctx.actor.hubId,
      active: true,
      ...(q ? { OR: [{ code: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }, { product: { name: { contains: q, mode: "insensitive" } } }] } : {}),
    },
    orderBy: [{ product: { name: "asc" } }, { code: "asc" }],
    take: limit,
    select: { id: true, code: true, name: true, shelfLifeDays: true, lowStockThreshold: true, product: { select: { name: true } } },
  });
  return rows.map(({ product, ...s }) => ({ ...s, productName: product.name }));
}

export type LotOption = {
  lotId: string;
  lotCode: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  productName: string;
  bestBefore: string;
  daysToExpiry: number;
  onHand: number;
  reserved: number;
  available: number;
};

/** Lots held at a location of the caller's hub, first-expiry-first; unknown location -> NOT_FOUND. */
export async function lotOptions(ctx: ServiceContext, raw: unknown): Promise<LotOption[]> {
  const input = parseOrThrow(ZLotOptionsInput, raw);
  const location = await ctx.db.location.findFirst({ where: { id: input.locationId, hubId: ctx.actor.hubId }, select: { id: true } });
  if (!location) throw new DomainError("NOT_FOUND", "Location not found.", { fieldErrors: { locationId: ["Choose a location of this hub"] } });
  const today = hubToday(ctx.now(), ctx.actor.hubTimeZone);
  const like = input.q ? containsPattern(input.q) : null;
  return ctx.db.$queryRaw<LotOption[]>`
    SELECT b."lotId", l.code AS "lotCode", b."skuId", s.code AS "skuCode", s.name AS "skuName", p.name AS "productName",
           to_char(l."bestBefore", 'YYYY-MM-DD') AS "bestBefore", (l."bestBefore" - ${today}::date) AS "daysToExpiry",
           b."onHand", b.reserved, b."onHand" - b.reserved AS available
    FROM "StockBalance" b
    JOIN "Lot" l ON l.id = b."lotId"
    JOIN "Sku" s ON s.id = b."skuId"
    JOIN "Product" p ON p.id = s."productId"
    WHERE b."hubId" = ${ctx.actor.hubId} AND b."locationId" = ${input.locationId}
      ${input.availableOnly ? Prisma.sql`AND b."onHand" - b.reserved > 0` : Prisma.sql`AND b."onHand" > 0`}
      ${input.skuId ? Prisma.sql`AND b."skuId" = ${input.skuId}` : Prisma.empty}
      ${like ? Prisma.sql`AND (l.code ILIKE ${like} OR s.code ILIKE ${like} OR s.name ILIKE ${like} OR p.name ILIKE ${like})` : Prisma.empty}
    ORDER BY l."bestBefore" ASC, l.code ASC
    LIMIT ${input.limit}`;
}

/** Farms of the caller's hub with their cluster (the receive form records where a lot came from). */
export async function farmOptions(ctx: ServiceContext) {
  const rows = await ctx.db.organisation.findMany({
    where: { hubId: ctx.actor.hubId, kind: "FARM", active: true },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true, parent: { select: { name: true } } },
  });
  return rows.map(({ parent, ...f }) => ({ ...f, clusterName: parent?.name ?? null }));
}

/** Categories of the caller's hub, parents before their children, for the inventory filter. */
export async function categoryOptions(ctx: ServiceContext) {
  const rows = await ctx.db.category.findMany({
    where: { hubId: ctx.actor.hubId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, parentId: true },
  });
  const children = (parentId: string | null) => rows.filter((c) => c.parentId === parentId);
  const out: { id: string; name: string; depth: number }[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const c of children(parentId)) {
      out.push({ id: c.id, name: c.name, depth });
      if (depth < 4) walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Settings the forms explain to the user: the approval threshold and the hub's today. */
export async function inventorySettings(ctx: ServiceContext) {
  const hub = await ctx.db.hub.findUniqueOrThrow({ where: { id: ctx.actor.hubId }, select: { adjustmentApprovalThreshold: true } });
  return { adjustmentApprovalThreshold: hub.adjustmentApprovalThreshold, today: hubToday(ctx.now(), ctx.actor.hubTimeZone) };
}
