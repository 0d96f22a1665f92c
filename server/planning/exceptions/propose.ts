// Turns a SHORTAGE exception into proposals: which order lines go short (rules.ts decides), and for
// each a substitute from the catalog's substitution rules that still has spare supply in the
// week's plan, or a credit. Proposals wait for the planner; re-proposing replaces open ones.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../../context";
import { netUnitMinor, pickShortLines, proposeFor, type Proposal, type SubstituteOption } from "./rules";

const OPEN_ORDER = ["PLACED", "CONFIRMED", "ALLOCATED"] as const;

export type ProposeResult = { exceptionId: string; proposals: number; substitutes: number; credits: number; unitsCovered: number };

/** Proposes substitutions or credits for an open shortage (planning:run). */
export async function proposeForShortage(ctx: ServiceContext, input: { exceptionId: string }): Promise<ProposeResult> {
  return inTransaction(ctx.db, async (tx) => {
    const ex = await lockException(tx, ctx.actor.hubId, input.exceptionId);
    if (ex.kind !== "SHORTAGE" || !ex.zoneId) throw new DomainError("INVALID_STATE", "Only shortages of a delivery zone get substitutions.");
    if (ex.status === "RESOLVED" || ex.status === "DISMISSED") throw new DomainError("INVALID_STATE", "This exception is already closed.");
    await tx.substitutionProposal.deleteMany({ where: { exceptionId: ex.id, status: "PROPOSED" } });
    const lines = await affectedLines(tx, { ...ex, zoneId: ex.zoneId });
    const options = await substituteOptions(tx, { ...ex, zoneId: ex.zoneId });
    const proposals = proposeFor(pickShortLines(lines, ex.units), options);
    if (proposals.length > 0) {
      await tx.substitutionProposal.createMany({ data: proposals.map((p) => rowOf(ex, p)) });
    }
    await tx.planException.update({ where: { id: ex.id }, data: { status: proposals.length > 0 ? "PROPOSED" : "OPEN" } });
    const substitutes = proposals.filter((p) => p.kind === "SUBSTITUTE").length;
    return { exceptionId: ex.id, proposals: proposals.length, substitutes, credits: proposals.length - substitutes, unitsCovered: proposals.reduce((s, p) => s + p.units, 0) };
  });
}

type LockedException = { id: string; hubId: string; planRunId: string; isoWeek: string; kind: string; status: string; skuId: string; zoneId: string | null; units: number };

export async function lockException(tx: Tx, hubId: string, exceptionId: string): Promise<LockedException> {
  const [ex] = await tx.$queryRaw<LockedException[]>`
    SELECT id, "hubId", "planRunId", "isoWeek", kind::text AS kind, status::text AS status, "skuId", "zoneId", units
    FROM "PlanException" WHERE id = ${exceptionId} AND "hubId" = ${hubId} FOR UPDATE`;
  if (!ex) throw new DomainError("NOT_FOUND", "Exception not found.");
  return ex;
}

/** Lines of open orders for the short SKU in the zone and week, minus units already proposed elsewhere. */
async function affectedLines(tx: Tx, ex: LockedException & { zoneId: string }) {
  const rows = await tx.orderLine.findMany({
    where: { skuId: ex.skuId, hubId: ex.hubId, order: { zoneId: ex.zoneId, isoWeek: ex.isoWeek, status: { in: [...OPEN_ORDER] } } },
    select: { id: true, orderId: true, quantity: true, lineTotalMinor: true, order: { select: { channel: true, placedAt: true } } },
  });
  const taken = await tx.substitutionProposal.groupBy({
    by: ["orderLineId"], where: { orderLineId: { in: rows.map((r) => r.id) }, status: { in: ["PROPOSED", "APPROVED"] }, exceptionId: { not: ex.id } }, _sum: { units: true },
  });
  const takenBy = new Map(taken.map((t) => [t.orderLineId, t._sum.units ?? 0]));
  return rows.map((r) => ({
    orderLineId: r.id, orderId: r.orderId, channel: r.order.channel, placedAt: r.order.placedAt,
    quantity: r.quantity - (takenBy.get(r.id) ?? 0), netUnitMinor: netUnitMinor(r),
  }));
}

/** Substitutes by rule rank, with spare supply = capacity - allocated - already proposed, and not short themselves. */
async function substituteOptions(tx: Tx, ex: LockedException & { zoneId: string }): Promise<SubstituteOption[]> {
  return tx.$queryRaw<SubstituteOption[]>`
    SELECT r."substituteSkuId" AS "skuId", r.rank,
      GREATEST(0,
        COALESCE((SELECT SUM(c.units) FROM "CapacitySnapshot" c WHERE c."hubId" = ${ex.hubId} AND c."skuId" = r."substituteSkuId" AND c."isoWeek" = ${ex.isoWeek}), 0)
        - COALESCE((SELECT SUM(a.units) FROM "Allocation" a WHERE a."planRunId" = ${ex.planRunId} AND a."skuId" = r."substituteSkuId"), 0)
        - COALESCE((SELECT SUM(p.units) FROM "SubstitutionProposal" p JOIN "PlanException" e ON e.id = p."exceptionId"
                    WHERE e."planRunId" = ${ex.planRunId} AND p."substituteSkuId" = r."substituteSkuId" AND p.status IN ('PROPOSED', 'APPROVED') AND e.id <> ${ex.id}), 0)
      )::int AS "spareUnits",
      COALESCE((SELECT p."amountMinor" FROM "Price" p WHERE p."skuId" = r."substituteSkuId" AND p.channel = 'RETAIL' AND p."minQuantity" = 1
                AND p."validFrom" <= now() AND (p."validTo" IS NULL OR p."validTo" > now()) LIMIT 1), 0)::int AS "unitPriceMinor"
    FROM "SubstitutionRule" r JOIN "Sku" s ON s.id = r."substituteSkuId" AND s.active
    WHERE r."skuId" = ${ex.skuId} AND r."hubId" = ${ex.hubId}
      AND NOT EXISTS (SELECT 1 FROM "PlanException" x WHERE x."planRunId" = ${ex.planRunId} AND x.kind = 'SHORTAGE' AND x."skuId" = r."substituteSkuId" AND x."zoneId" = ${ex.zoneId})
    ORDER BY r.rank`;
}

function rowOf(ex: LockedException, p: Proposal) {
  const common = { hubId: ex.hubId, exceptionId: ex.id, orderId: p.line.orderId, orderLineId: p.line.orderLineId, skuId: ex.skuId, units: p.units };
  return p.kind === "SUBSTITUTE" ? { ...common, substituteSkuId: p.substituteSkuId, creditMinor: 0 } : { ...common, substituteSkuId: null, creditMinor: p.creditMinor };
}
