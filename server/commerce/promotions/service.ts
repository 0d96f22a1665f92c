// Discount codes: checking one for a basket, redeeming it exactly within its limits, giving it back
// on cancel, and the marketing team's list and form.
import type { DbOrTx, Tx } from "@/lib/db";
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../identity/audit";
import { discountRefusal, normaliseCode, type DiscountRule } from "./rules";
import { ZDiscountCodeInput, ZDiscountList } from "./schema";

export type UsableDiscount = DiscountRule & { id: string; code: string };

const refuse = (message: string) => new DomainError("VALIDATION", message, { fieldErrors: { discountCode: [message] } });

/** The code if this customer may use it on a basket of `subtotalMinor`; else a discountCode field error. */
export async function usableDiscount(db: DbOrTx, input: { hubId: string; code: string; userId: string | null; subtotalMinor: number; currency: string; now: Date }): Promise<UsableDiscount> {
  const code = await db.discountCode.findUnique({ where: { hubId_code: { hubId: input.hubId, code: normaliseCode(input.code) } } });
  if (!code) throw refuse("We do not know this code.");
  const [customerRedemptions, customerOrders] = input.userId
    ? await Promise.all([
        db.discountRedemption.count({ where: { discountCodeId: code.id, userId: input.userId, releasedAt: null } }),
        code.firstOrderOnly ? db.order.count({ where: { hubId: input.hubId, customerUserId: input.userId, status: { not: "CANCELLED" } } }) : Promise.resolve(0),
      ])
    : [0, 0];
  const why = discountRefusal(code, { now: input.now, subtotalMinor: input.subtotalMinor, currency: input.currency, userId: input.userId, customerRedemptions, customerOrders });
  if (why) throw refuse(why);
  return code;
}

/**
 * Counts a use of the code for an order. The conditional UPDATE both enforces usageLimit and locks
 * the code row, so the per-customer count read after it sees every committed use.
 */
export async function redeemDiscount(tx: Tx, input: { hubId: string; discountCodeId: string; orderId: string; userId: string | null; amountMinor: number; now: Date }): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ perCustomerLimit: number | null }>>`
    UPDATE "DiscountCode" SET "timesUsed" = "timesUsed" + 1
    WHERE id = ${input.discountCodeId} AND "hubId" = ${input.hubId} AND active AND ("usageLimit" IS NULL OR "timesUsed" < "usageLimit")
    RETURNING "perCustomerLimit"`;
  if (!rows[0]) throw refuse("This code has been used up.");
  const limit = rows[0].perCustomerLimit;
  if (limit !== null && input.userId) {
    const used = await tx.discountRedemption.count({ where: { discountCodeId: input.discountCodeId, userId: input.userId, releasedAt: null } });
    if (used >= limit) throw refuse("You have already used this code.");
  }
  await tx.discountRedemption.create({ data: { hubId: input.hubId, discountCodeId: input.discountCodeId, orderId: input.orderId, userId: input.userId, amountMinor: input.amountMinor, createdAt: input.now } });
}

/** Gives an order's code use back (order cancelled); repeating it changes nothing. */
export async function releaseRedemption(tx: Tx | DbOrTx, input: { orderId: string; now?: Date }): Promise<{ released: boolean }> {
  const released = await tx.discountRedemption.updateMany({ where: { orderId: input.orderId, releasedAt: null }, data: { releasedAt: input.now ?? new Date() } });
  if (released.count === 0) return { released: false };
  const redemption = await tx.discountRedemption.findUniqueOrThrow({ where: { orderId: input.orderId }, select: { discountCodeId: true } });
  await tx.$executeRaw`UPDATE "DiscountCode" SET "timesUsed" = "timesUsed" - 1 WHERE id = ${redemption.discountCodeId} AND "timesUsed" > 0`;
  return { released: true };
}

const SORTABLE = ["code", "kind", "validFrom", "validTo", "timesUsed", "createdAt"] as const;

/** Discount codes of the hub, paged and sortable, with how often each was used. */
export async function listDiscountCodes(ctx: ServiceContext, raw: unknown): Promise<Page<DiscountRow>> {
  const q = parseOrThrow(ZDiscountList, raw ?? {});
  const { skip, take, sort, direction } = pageArgs(q, SORTABLE, { id: "createdAt", desc: true });
  const search = q.filters.code?.trim();
  const where = { hubId: ctx.actor.hubId, ...(search ? { code: { contains: normaliseCode(search) } } : {}), ...(q.filters.active === "1" ? { active: true } : q.filters.active === "0" ? { active: false } : {}) };
  const [rows, total] = await Promise.all([
    ctx.db.discountCode.findMany({ where, orderBy: [{ [sort.id]: direction }, { id: "asc" }], skip, take, select: DISCOUNT_SELECT }),
    ctx.db.discountCode.count({ where }),
  ]);
  return { rows, total };
}

const DISCOUNT_SELECT = {
  id: true, code: true, description: true, kind: true, percentBasisPoints: true, amountMinor: true, minimumSubtotalMinor: true, validFrom: true, validTo: true,
  usageLimit: true, perCustomerLimit: true, firstOrderOnly: true, timesUsed: true, active: true, createdAt: true,
} as const;
export type DiscountRow = { id: string; code: string; description: string; kind: "PERCENT" | "FIXED" | "FREE_DELIVERY"; percentBasisPoints: number | null; amountMinor: number | null; minimumSubtotalMinor: number; validFrom: Date; validTo: Date | null; usageLimit: number | null; perCustomerLimit: number | null; firstOrderOnly: boolean; timesUsed: number; active: boolean; createdAt: Date };

/** Creates or updates a discount code; the limit may not drop below the uses already made. */
export async function saveDiscountCode(ctx: ServiceContext, raw: unknown): Promise<{ id: string }> {
  const input = parseOrThrow(ZDiscountCodeInput, raw);
  const hubId = ctx.actor.hubId;
  const code = normaliseCode(input.code);
  const data = {
    code, description: input.description, kind: input.kind, percentBasisPoints: input.kind === "PERCENT" ? input.percentBasisPoints : null, amountMinor: input.kind === "FIXED" ? input.amountMinor : null,
    minimumSubtotalMinor: input.minimumSubtotalMinor, validFrom: input.validFrom, validTo: input.validTo, usageLimit: input.usageLimit, perCustomerLimit: input.perCustomerLimit, firstOrderOnly: input.firstOrderOnly, active: input.active,
  };
  return inTransaction(ctx.db, async (tx) => {
    const clash = await tx.discountCode.findFirst({ where: { hubId, code, ...(input.id ? { NOT: { id: input.id } } : {}) }, select: { id: true } });
    if (clash) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: { code: ["Another discount already uses this code"] } });
    let id = input.id;
    if (id) {
      const current = await tx.discountCode.findFirst({ where: { id, hubId }, select: { timesUsed: true } });
      if (!current) throw new DomainError("NOT_FOUND", "Discount code not found.");
      if (input.usageLimit !== null && input.usageLimit < current.timesUsed) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: { usageLimit: [`Already used ${current.timesUsed} times; the limit cannot be lower`] } });
      await tx.discountCode.update({ where: { id }, data });
    } else {
      id = (await tx.discountCode.create({ data: { hubId, ...data }, select: { id: true } })).id;
    }
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: input.id ? "promotions.code.updated" : "promotions.code.created", targetType: "discount-code", targetId: id, data: { code, kind: input.kind, active: input.active }, ip: ctx.ip });
    return { id };
  });
}
