// Inventory alerts (low stock, cold chain, expiry) with what they concern and who acknowledged them.
import { Prisma } from "@/generated/prisma/client";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { ACTIVE_ALERTS, ZInventoryTableInput } from "./schema";
import { oneOf, orderBy, whereAll } from "./sql";

export const ALERT_KINDS = ["LOW_STOCK", "COLD_CHAIN", "EXPIRY"] as const;
export const ALERT_STATUSES = ["OPEN", "ACKNOWLEDGED", "RESOLVED"] as const;

export type AlertRow = {
  id: string;
  kind: (typeof ALERT_KINDS)[number];
  status: (typeof ALERT_STATUSES)[number];
  message: string;
  data: unknown;
  skuId: string | null;
  skuCode: string | null;
  skuName: string | null;
  lotId: string | null;
  lotCode: string | null;
  locationId: string | null;
  locationName: string | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
  resolvedAt: Date | null;
};

const SORT_SQL = { createdAt: `a."createdAt"`, kind: `a.kind`, status: `a.status`, location: `loc.code`, sku: `s.code` } as const;
export const ALERT_SORTABLE = Object.keys(SORT_SQL) as (keyof typeof SORT_SQL)[];

/** Alerts of the caller's hub. Filters: kind, status (OPEN | ACKNOWLEDGED | RESOLVED | ACTIVE = not resolved), location. */
export async function listAlerts(ctx: ServiceContext, raw: unknown): Promise<Page<AlertRow>> {
  const q = parseOrThrow(ZInventoryTableInput, raw);
  const { skip, take, sort, direction } = pageArgs(q, ALERT_SORTABLE, { id: "createdAt", desc: true });
  const f = q.filters;
  const where = [Prisma.sql`a."hubId" = ${ctx.actor.hubId}`];
  const kind = oneOf(f.kind, ALERT_KINDS);
  if (kind) where.push(Prisma.sql`a.kind = ${kind}::"AlertKind"`);
  if (f.status === ACTIVE_ALERTS) where.push(Prisma.sql`a.status <> 'RESOLVED'`);
  const status = oneOf(f.status, ALERT_STATUSES);
  if (status) where.push(Prisma.sql`a.status = ${status}::"AlertStatus"`);
  if (f.location) where.push(Prisma.sql`a."locationId" = ${f.location}`);
  if (f.lot) where.push(Prisma.sql`a."lotId" = ${f.lot}`);
  const from = Prisma.sql`
    FROM "InventoryAlert" a
    LEFT JOIN "Sku" s ON s.id = a."skuId"
    LEFT JOIN "Lot" l ON l.id = a."lotId"
    LEFT JOIN "Location" loc ON loc.id = a."locationId"
    ${whereAll(where)}`;
  const [rows, count] = await Promise.all([
    ctx.db.$queryRaw<AlertRow[]>`
      SELECT a.id, a.kind::text AS kind, a.status::text AS status, a.message, a.data,
             a."skuId", s.code AS "skuCode", s.name AS "skuName", a."lotId", l.code AS "lotCode",
             a."locationId", loc.name AS "locationName", a."createdAt", a."acknowledgedAt",
             (SELECT u.name FROM "User" u WHERE u.id = a."acknowledgedById") AS "acknowledgedByName", a."resolvedAt"
      ${from}
      ${orderBy(SORT_SQL[sort.id], direction, `a.id ASC`)}
      LIMIT ${take} OFFSET ${skip}`,
    ctx.db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total ${from}`,
  ]);
  return { rows, total: count[0]?.total ?? 0 };
}
