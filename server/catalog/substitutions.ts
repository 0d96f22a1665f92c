// Substitution rules: when a SKU is short, its ranked alternatives are offered in order.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity/audit";
import { lockSku } from "./access";
import { ZSubstitutionsSet } from "./schema";

/** Replaces a SKU's ranked alternatives in one transaction (the list order is the rank). */
export async function setSubstitutions(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZSubstitutionsSet, raw);
  const hubId = ctx.actor.hubId;
  if (input.substituteSkuIds.includes(input.skuId)) {
    throw new DomainError("VALIDATION", "A SKU cannot substitute itself.", { fieldErrors: { substituteSkuIds: ["A SKU cannot substitute itself"] } });
  }
  return inTransaction(ctx.db, async (tx) => {
    // The lock serialises two editors replacing the same list.
    await lockSku(tx, hubId, input.skuId);
    const found = await tx.sku.findMany({ where: { id: { in: input.substituteSkuIds }, hubId }, select: { id: true, code: true, active: true } });
    const byId = new Map(found.map((s) => [s.id, s]));
    const problems: [field: string, message: string][] = [];
    input.substituteSkuIds.forEach((id, i) => {
      const sku = byId.get(id);
      if (!sku) problems.push([`substituteSkuIds.${i}`, "This SKU does not exist in this hub"]);
      else if (!sku.active) problems.push([`substituteSkuIds.${i}`, `${sku.code} is not active and cannot be offered`]);
    });
    if (problems.length) {
      const fieldErrors = Object.fromEntries(problems.map(([k, m]) => [k, [m]]));
      throw new DomainError("VALIDATION", "Only active SKUs of this hub can be substitutes.", { fieldErrors: { ...fieldErrors, substituteSkuIds: problems.map(([, m]) => m) } });
    }
    await tx.substitutionRule.deleteMany({ where: { skuId: input.skuId } });
    await tx.substitutionRule.createMany({ data: input.substituteSkuIds.map((substituteSkuId, i) => ({ hubId, skuId: input.skuId, substituteSkuId, rank: i + 1 })) });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.substitutions.replaced", targetType: "sku", targetId: input.skuId, data: { substitutes: input.substituteSkuIds.map((id) => byId.get(id)!.code) }, ip: ctx.ip });
    return { skuId: input.skuId, substituteSkuIds: input.substituteSkuIds };
  });
}
