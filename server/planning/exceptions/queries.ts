// Read side of shortage handling: a week's exceptions for the planner, one exception's proposals,
// and the substitutions on a customer's own order.
import type { DbOrTx } from "@/lib/db";
import type { ServiceContext } from "../../context";

export type ExceptionRow = {
  id: string; planRunId: string; kind: string; status: string; resolution: string | null; units: number; detail: string;
  skuId: string; skuCode: string; skuName: string; productName: string; zoneCode: string | null; clusterName: string | null;
  proposals: number; substitutes: number; credits: number; createdAt: Date;
};

/** Exceptions of the week's latest runs (planning:portal), shortages first, largest first. */
export async function exceptionsForWeek(ctx: ServiceContext, input: { isoWeek: string; planRunId?: string }): Promise<ExceptionRow[]> {
  const runFilter = input.planRunId ?? null;
  return ctx.db.$queryRaw<ExceptionRow[]>`
    SELECT e.id, e."planRunId", e.kind::text AS kind, e.status::text AS status, e.resolution, e.units, e.detail,
      e."skuId", s.code AS "skuCode", s.name AS "skuName", pr.name AS "productName", z.code AS "zoneCode", c.name AS "clusterName",
      COUNT(p.id)::int AS proposals,
      COUNT(p.id) FILTER (WHERE p."substituteSkuId" IS NOT NULL)::int AS substitutes,
      COUNT(p.id) FILTER (WHERE p."substituteSkuId" IS NULL)::int AS credits,
      e."createdAt"
    FROM "PlanException" e
    JOIN "PlanRun" r ON r.id = e."planRunId"
    JOIN "Sku" s ON s.id = e."skuId" JOIN "Product" pr ON pr.id = s."productId"
    LEFT JOIN "DeliveryZone" z ON z.id = e."zoneId"
    LEFT JOIN "Organisation" c ON c.id = e."clusterId"
    LEFT JOIN "SubstitutionProposal" p ON p."exceptionId" = e.id AND p.status <> 'REJECTED'
    WHERE e."hubId" = ${ctx.actor.hubId} AND e."isoWeek" = ${input.isoWeek}
      AND (${runFilter}::text IS NULL OR e."planRunId" = ${runFilter})
      AND (${runFilter}::text IS NOT NULL OR r.status IN ('SOLVED', 'PUBLISHED'))
    GROUP BY e.id, s.code, s.name, pr.name, z.code, c.name
    ORDER BY (e.kind = 'SHORTAGE') DESC, e.units DESC, s.code`;
}

export type ProposalRow = {
  id: string; status: string; units: number; creditMinor: number; orderNumber: string; channel: string; customerName: string | null;
  substituteSkuId: string | null; substituteName: string | null; customerDeclinedAt: Date | null;
};

/** The proposals of one exception (planning:portal). */
export async function exceptionProposals(ctx: ServiceContext, input: { exceptionId: string }): Promise<ProposalRow[]> {
  return ctx.db.$queryRaw<ProposalRow[]>`
    SELECT p.id, p.status::text AS status, p.units, p."creditMinor", o.number AS "orderNumber", o.channel::text AS channel,
      COALESCE(u.name, b.name) AS "customerName", p."substituteSkuId",
      CASE WHEN ss.id IS NULL THEN NULL ELSE sp.name || ' ' || ss.name END AS "substituteName", p."customerDeclinedAt"
    FROM "SubstitutionProposal" p JOIN "Order" o ON o.id = p."orderId"
    LEFT JOIN "User" u ON u.id = o."customerUserId" LEFT JOIN "Organisation" b ON b.id = o."buyerOrganisationId"
    LEFT JOIN "Sku" ss ON ss.id = p."substituteSkuId" LEFT JOIN "Product" sp ON sp.id = ss."productId"
    WHERE p."exceptionId" = ${input.exceptionId} AND p."hubId" = ${ctx.actor.hubId}
    ORDER BY o.number`;
}

export type MySubstitution = { id: string; status: string; units: number; creditMinor: number; skuName: string; substituteName: string | null; declinable: boolean };

/** Substitutions and credits on one of the customer's own orders (account:own). */
export async function substitutionsOnMyOrder(ctx: ServiceContext, input: { orderId: string }): Promise<MySubstitution[]> {
  const rows = await ctx.db.$queryRaw<Array<Omit<MySubstitution, "declinable"> & { orderStatus: string }>>`
    SELECT p.id, p.status::text AS status, p.units, p."creditMinor", op.name || ' ' || os.name AS "skuName",
      CASE WHEN ss.id IS NULL THEN NULL ELSE sp.name || ' ' || ss.name END AS "substituteName", o.status::text AS "orderStatus"
    FROM "SubstitutionProposal" p JOIN "Order" o ON o.id = p."orderId"
    JOIN "Sku" os ON os.id = p."skuId" JOIN "Product" op ON op.id = os."productId"
    LEFT JOIN "Sku" ss ON ss.id = p."substituteSkuId" LEFT JOIN "Product" sp ON sp.id = ss."productId"
    WHERE p."orderId" = ${input.orderId} AND o."customerUserId" = ${ctx.actor.userId} AND p.status IN ('APPROVED', 'DECLINED')
    ORDER BY p."createdAt"`;
  return rows.map(({ orderStatus, ...r }) => ({ ...r, declinable: r.status === "APPROVED" && r.substituteName !== null && ["PLACED", "CONFIRMED", "ALLOCATED"].includes(orderStatus) }));
}

export type OrderSubstitutionLine = { name: string; units: number; substituteName: string | null; creditMinor: number; declined: boolean };

/** Approved and declined substitutions of an order, for the customer's e-mail (read by notifications). */
export async function substitutionsForOrderMail(db: DbOrTx, orderId: string): Promise<OrderSubstitutionLine[]> {
  return db.$queryRaw<OrderSubstitutionLine[]>`
    SELECT op.name || ', ' || os.name AS name, p.units, CASE WHEN ss.id IS NULL THEN NULL ELSE sp.name || ', ' || ss.name END AS "substituteName",
      p."creditMinor", p.status = 'DECLINED' AS declined
    FROM "SubstitutionProposal" p JOIN "Sku" os ON os.id = p."skuId" JOIN "Product" op ON op.id = os."productId"
    LEFT JOIN "Sku" ss ON ss.id = p."substituteSkuId" LEFT JOIN "Product" sp ON sp.id = ss."productId"
    WHERE p."orderId" = ${orderId} AND p.status IN ('APPROVED', 'DECLINED')
    ORDER BY p."createdAt"`;
}
