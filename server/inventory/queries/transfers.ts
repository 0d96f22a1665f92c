// Transfers between locations (UC8): the list by status and one transfer with its lines.
import { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { ZInventoryTableInput, ZTransferRef } from "./schema";
import { containsPattern, oneOf, orderBy, whereAll } from "./sql";

export const TRANSFER_STATUSES = ["IN_TRANSIT", "RECEIVED", "CANCELLED"] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export type TransferRow = {
  id: string;
  code: string;
  status: TransferStatus;
  fromLocationId: string;
  fromCode: string;
  fromName: string;
  toLocationId: string;
  toCode: string;
  toName: string;
  lineCount: number;
  quantity: number;
  /** Null until received. */
  receivedQuantity: number | null;
  note: string;
  createdByName: string | null;
  dispatchedAt: Date;
  receivedAt: Date | null;
  cancelledAt: Date | null;
};

// Over the sub-select's aliases (t is the outer alias of the sub-select).
const SORT_SQL = { code: `t.code`, status: `t.status`, from: `t."fromCode"`, to: `t."toCode"`, dispatchedAt: `t."dispatchedAt"`, receivedAt: `t."receivedAt"`, quantity: `t.quantity` } as const;
export const TRANSFER_SORTABLE = Object.keys(SORT_SQL) as (keyof typeof SORT_SQL)[];

/** Transfers of the caller's hub. Filters: status, location (either end), from, to, q (code or lot/SKU code). */
export async function listTransfers(ctx: ServiceContext, raw: unknown): Promise<Page<TransferRow>> {
  const q = parseOrThrow(ZInventoryTableInput, raw);
  const { skip, take, sort, direction } = pageArgs(q, TRANSFER_SORTABLE, { id: "dispatchedAt", desc: true });
  const f = q.filters;
  const where = [Prisma.sql`t."hubId" = ${ctx.actor.hubId}`];
  const status = oneOf(f.status, TRANSFER_STATUSES);
  if (status) where.push(Prisma.sql`t.status = ${status}::"TransferStatus"`);
  if (f.location) where.push(Prisma.sql`(t."fromLocationId" = ${f.location} OR t."toLocationId" = ${f.location})`);
  if (f.from) where.push(Prisma.sql`t."fromLocationId" = ${f.from}`);
  if (f.to) where.push(Prisma.sql`t."toLocationId" = ${f.to}`);
  if (f.q?.trim()) {
    const like = containsPattern(f.q.trim());
    where.push(Prisma.sql`(t.code ILIKE ${like} OR EXISTS (
      SELECT 1 FROM "StockTransferLine" x JOIN "Lot" xl ON xl.id = x."lotId" JOIN "Sku" xs ON xs.id = x."skuId"
      WHERE x."transferId" = t.id AND (xl.code ILIKE ${like} OR xs.code ILIKE ${like})))`);
  }
  const from = Prisma.sql`
    FROM "StockTransfer" t
    JOIN "Location" fl ON fl.id = t."fromLocationId"
    JOIN "Location" tl ON tl.id = t."toLocationId"
    ${whereAll(where)}`;
  const [rows, count] = await Promise.all([
    ctx.db.$queryRaw<TransferRow[]>`
      SELECT * FROM (
        SELECT t.id, t.code, t.status::text AS status, t."fromLocationId", fl.name AS "fromName", t."toLocationId", tl.name AS "toName",
               fl.code AS "fromCode", tl.code AS "toCode",
               (SELECT COUNT(*) FROM "StockTransferLine" x WHERE x."transferId" = t.id)::int AS "lineCount",
               (SELECT COALESCE(SUM(x.quantity), 0) FROM "StockTransferLine" x WHERE x."transferId" = t.id)::int AS quantity,
               (SELECT SUM(x."receivedQuantity") FROM "StockTransferLine" x WHERE x."transferId" = t.id)::int AS "receivedQuantity",
               t.note, (SELECT u.name FROM "User" u WHERE u.id = t."createdById") AS "createdByName",
               t."dispatchedAt", t."receivedAt", t."cancelledAt"
        ${from}
      ) t
      ${orderBy(SORT_SQL[sort.id], direction, `t.id ASC`)}
      LIMIT ${take} OFFSET ${skip}`,
    ctx.db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total ${from}`,
  ]);
  return { total: count[0]?.total ?? 0, rows };
}

/** One transfer of the caller's hub with its lines (lot, SKU, sent and received quantities). */
export async function transferDetail(ctx: ServiceContext, raw: unknown) {
  const { transferId } = parseOrThrow(ZTransferRef, raw);
  const transfer = await ctx.db.stockTransfer.findFirst({
    where: { id: transferId, hubId: ctx.actor.hubId },
    select: {
      id: true, code: true, status: true, note: true, dispatchedAt: true, receivedAt: true, cancelledAt: true, createdById: true, receivedById: true,
      from: { select: { id: true, code: true, name: true } },
      to: { select: { id: true, code: true, name: true } },
      lines: { select: { id: true, lotId: true, skuId: true, quantity: true, receivedQuantity: true }, orderBy: { id: "asc" } },
    },
  });
  if (!transfer) throw new DomainError("NOT_FOUND", "Transfer not found.");
  const lotIds = transfer.lines.map((l) => l.lotId);
  const [lots, people] = await Promise.all([
    ctx.db.lot.findMany({ where: { id: { in: lotIds } }, select: { id: true, code: true, bestBefore: true, sku: { select: { code: true, name: true, product: { select: { name: true } } } } } }),
    ctx.db.user.findMany({ where: { id: { in: [transfer.createdById, transfer.receivedById].filter((x): x is string => Boolean(x)) } }, select: { id: true, name: true } }),
  ]);
  const lotById = new Map(lots.map((l) => [l.id, l]));
  const name = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);
  const { createdById, receivedById, lines, ...rest } = transfer;
  return {
    ...rest,
    createdByName: name(createdById),
    receivedByName: name(receivedById),
    lines: lines.map((line) => {
      const lot = lotById.get(line.lotId);
      return {
        ...line,
        lotCode: lot?.code ?? "",
        bestBefore: lot ? lot.bestBefore.toISOString().slice(0, 10) : null,
        skuCode: lot?.sku.code ?? "",
        skuName: lot?.sku.name ?? "",
        productName: lot?.sku.product.name ?? "",
        shortfall: line.receivedQuantity === null ? null : line.quantity - line.receivedQuantity,
      };
    }),
  };
}

export type TransferDetail = Awaited<ReturnType<typeof transferDetail>>;
