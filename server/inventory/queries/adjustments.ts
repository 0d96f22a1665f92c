// Stock adjustments with their approval state; pending ones come first so approvers see them.
import { Prisma } from "@/generated/prisma/client";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { ZInventoryTableInput } from "./schema";
import { containsPattern, oneOf, whereAll } from "./sql";

export const ADJUSTMENT_STATUSES = ["PENDING_APPROVAL", "APPLIED", "REJECTED"] as const;
export const ADJUSTMENT_REASONS = ["COUNT_CORRECTION", "FOUND", "DAMAGED", "SPOILED", "EXPIRED", "QUALITY_REJECT", "THEFT", "SAMPLE"] as const;

export type AdjustmentRow = {
  id: string;
  status: (typeof ADJUSTMENT_STATUSES)[number];
  reason: (typeof ADJUSTMENT_REASONS)[number];
  delta: number;
  note: string;
  locationId: string;
  locationCode: string;
  locationName: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  lotId: string;
  lotCode: string;
  /** What the balance holds now (an approver checks a large negative delta against it). */
  onHandNow: number;
  availableNow: number;
  requestedById: string;
  requestedByName: string;
  /** The caller asked for it, so the caller cannot approve it (four-eyes rule). */
  requestedByMe: boolean;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  createdAt: Date;
};

const SORT_SQL = { createdAt: `a."createdAt"`, delta: `abs(a.delta)`, location: `loc.code`, sku: `s.code`, status: `a.status` } as const;
export const ADJUSTMENT_SORTABLE = Object.keys(SORT_SQL) as (keyof typeof SORT_SQL)[];

/** Adjustments of the caller's hub, pending approval first. Filters: status, reason, location, lot, q. */
export async function listAdjustments(ctx: ServiceContext, raw: unknown): Promise<Page<AdjustmentRow>> {
  const q = parseOrThrow(ZInventoryTableInput, raw);
  const { skip, take, sort, direction } = pageArgs(q, ADJUSTMENT_SORTABLE, { id: "createdAt", desc: true });
  const f = q.filters;
  const where = [Prisma.sql`a."hubId" = ${ctx.actor.hubId}`];
  const status = oneOf(f.status, ADJUSTMENT_STATUSES);
  if (status) where.push(Prisma.sql`a.status = ${status}::"AdjustmentStatus"`);
  const reason = oneOf(f.reason, ADJUSTMENT_REASONS);
  if (reason) where.push(Prisma.sql`a.reason = ${reason}::"AdjustmentReason"`);
  if (f.location) where.push(Prisma.sql`a."locationId" = ${f.location}`);
  if (f.lot) where.push(Prisma.sql`a."lotId" = ${f.lot}`);
  if (f.q?.trim()) {
    const like = containsPattern(f.q.trim());
    where.push(Prisma.sql`(s.code ILIKE ${like} OR s.name ILIKE ${like} OR l.code ILIKE ${like} OR a.note ILIKE ${like})`);
  }
  const from = Prisma.sql`
    FROM "StockAdjustment" a
    JOIN "Location" loc ON loc.id = a."locationId"
    JOIN "Sku" s ON s.id = a."skuId"
    JOIN "Lot" l ON l.id = a."lotId"`;
  const [rows, count] = await Promise.all([
    ctx.db.$queryRaw<Omit<AdjustmentRow, "requestedByMe">[]>`
      SELECT a.id, a.status::text AS status, a.reason::text AS reason, a.delta, a.note,
             a."locationId", loc.code AS "locationCode", loc.name AS "locationName", a."skuId", s.code AS "skuCode", s.name AS "skuName",
             a."lotId", l.code AS "lotCode",
             COALESCE(b."onHand", 0)::int AS "onHandNow", COALESCE(b."onHand" - b.reserved, 0)::int AS "availableNow",
             a."requestedById", COALESCE(rq.name, 'Unknown') AS "requestedByName", dc.name AS "decidedByName",
             a."decidedAt", a."decisionNote", a."createdAt"
      ${from}
      LEFT JOIN "StockBalance" b ON b."locationId" = a."locationId" AND b."lotId" = a."lotId"
      LEFT JOIN "User" rq ON rq.id = a."requestedById"
      LEFT JOIN "User" dc ON dc.id = a."decidedById"
      ${whereAll(where)}
      ORDER BY (a.status = 'PENDING_APPROVAL') DESC, ${Prisma.raw(`${SORT_SQL[sort.id]} ${direction.toUpperCase()}`)}, a.id ASC
      LIMIT ${take} OFFSET ${skip}`,
    ctx.db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total ${from} ${whereAll(where)}`,
  ]);
  return { total: count[0]?.total ?? 0, rows: rows.map((r) => ({ ...r, requestedByMe: r.requestedById === ctx.actor.userId })) };
}
