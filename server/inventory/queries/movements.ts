// The stock ledger, newest first: every movement with its deltas, reference, reason and actor.
import { Prisma } from "@/generated/prisma/client";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { ZInventoryTableInput } from "./schema";
import { containsPattern, hubDayStart, isoDateOrUndefined, oneOf, orderBy, whereAll } from "./sql";

export const MOVEMENT_KINDS = ["RECEIVE", "RESERVE", "RELEASE", "PICK", "SHIP", "DELIVER", "RETURN", "ADJUST", "TRANSFER_OUT", "TRANSFER_IN", "WASTE"] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export type MovementRow = {
  id: string;
  kind: MovementKind;
  locationId: string;
  locationName: string;
  skuId: string;
  skuCode: string;
  skuName: string;
  lotId: string;
  lotCode: string;
  quantity: number;
  onHandDelta: number;
  reservedDelta: number;
  reference: string | null;
  reason: string | null;
  adjustmentId: string | null;
  transferId: string | null;
  actorName: string | null;
  createdAt: Date;
};

const SORT_SQL = { createdAt: `m.id`, kind: `m.kind`, location: `loc.code`, sku: `s.code`, quantity: `m.quantity` } as const;
export const MOVEMENT_SORTABLE = Object.keys(SORT_SQL) as (keyof typeof SORT_SQL)[];

function conditions(ctx: ServiceContext, f: Record<string, string>): Prisma.Sql[] {
  const tz = ctx.actor.hubTimeZone;
  const out = [Prisma.sql`m."hubId" = ${ctx.actor.hubId}`];
  const kind = oneOf(f.kind, MOVEMENT_KINDS);
  if (kind) out.push(Prisma.sql`m.kind = ${kind}::"MovementKind"`);
  if (f.location) out.push(Prisma.sql`m."locationId" = ${f.location}`);
  if (f.sku) out.push(Prisma.sql`m."skuId" = ${f.sku}`);
  if (f.lot) out.push(Prisma.sql`m."lotId" = ${f.lot}`);
  const from = isoDateOrUndefined(f.from);
  if (from) out.push(Prisma.sql`m."createdAt" >= ${hubDayStart(from, tz)}`);
  const to = isoDateOrUndefined(f.to);
  if (to) out.push(Prisma.sql`m."createdAt" < ${hubDayStart(to, tz)} + interval '1 day'`);
  const q = f.q?.trim();
  if (q) {
    const like = containsPattern(q);
    out.push(Prisma.sql`(s.code ILIKE ${like} OR s.name ILIKE ${like} OR l.code ILIKE ${like} OR m.reference ILIKE ${like})`);
  }
  return out;
}

/** Movements of the caller's hub. Filters: kind, location, sku, lot, from/to (hub-local dates), q. */
export async function listMovements(ctx: ServiceContext, raw: unknown): Promise<Page<MovementRow>> {
  const q = parseOrThrow(ZInventoryTableInput, raw);
  const { skip, take, sort, direction } = pageArgs(q, MOVEMENT_SORTABLE, { id: "createdAt", desc: true });
  const from = Prisma.sql`
    FROM "StockMovement" m
    JOIN "Location" loc ON loc.id = m."locationId"
    JOIN "Sku" s ON s.id = m."skuId"
    JOIN "Lot" l ON l.id = m."lotId"
    ${whereAll(conditions(ctx, q.filters))}`;
  const [rows, count] = await Promise.all([
    ctx.db.$queryRaw<MovementRow[]>`
      SELECT m.id::text AS id, m.kind::text AS kind, m."locationId", loc.name AS "locationName",
             m."skuId", s.code AS "skuCode", s.name AS "skuName", m."lotId", l.code AS "lotCode",
             m.quantity, m."onHandDelta", m."reservedDelta", m.reference, m.reason, m."adjustmentId", m."transferId",
             (SELECT u.name FROM "User" u WHERE u.id = m."actorUserId") AS "actorName", m."createdAt"
      ${from}
      ${orderBy(SORT_SQL[sort.id], direction, `m.id DESC`)}
      LIMIT ${take} OFFSET ${skip}`,
    ctx.db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total ${from}`,
  ]);
  return { rows, total: count[0]?.total ?? 0 };
}
