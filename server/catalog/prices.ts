// Prices per SKU, channel and quantity tier with validity windows. Overlaps are refused by the
// Price_no_overlap trigger (which also locks the SKU row); we turn that refusal into a field error.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity/audit";
import { lockSku } from "./access";
import { toInstant } from "./dates";
import { isPriceOverlap } from "../db-errors";
import { priceToClose } from "./rules";
import { ZPriceAdd, ZPriceSchedule } from "./schema";

function overlapError(field: string, channel: string, minQuantity: number): DomainError {
  const tier = channel === "RETAIL" ? "retail price" : `wholesale price for ${minQuantity}+ units`;
  const message = `This overlaps the validity of another ${tier} of this SKU. End that price first, or use “Schedule a price change”.`;
  return new DomainError("VALIDATION", message, { fieldErrors: { [field]: [message] } });
}

/** Adds a price for a SKU, channel and tier, valid from validFrom until validTo (open-ended when null). */
export async function addPrice(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZPriceAdd, raw);
  const tz = ctx.actor.hubTimeZone;
  const validFrom = toInstant(input.validFrom, tz);
  const validTo = input.validTo === null ? null : toInstant(input.validTo, tz);
  if (validTo && validTo <= validFrom) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: { validTo: ["Valid to must be after valid from"] } });
  const hubId = ctx.actor.hubId;
  try {
    return await inTransaction(ctx.db, async (tx) => {
      await lockSku(tx, hubId, input.skuId);
      const price = await tx.price.create({
        data: { hubId, skuId: input.skuId, channel: input.channel, minQuantity: input.minQuantity, amountMinor: input.amountMinor, currency: ctx.actor.hubCurrency, validFrom, validTo },
        select: { id: true },
      });
      await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "catalog.price.added", targetType: "price", targetId: price.id, data: { skuId: input.skuId, channel: input.channel, minQuantity: input.minQuantity, amountMinor: input.amountMinor, validFrom, validTo }, ip: ctx.ip });
      return price;
    });
  } catch (error) {
    if (isPriceOverlap(error)) throw overlapError("validFrom", input.channel, input.minQuantity);
    throw error;
  }
}

/**
 * A new price from `from` onwards: the current open-ended price of the same SKU, channel and tier
 * is closed at `from` and the new one opens there, in one transaction.
 */
export async function schedulePriceChange(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZPriceSchedule, raw);
  const from = toInstant(input.from, ctx.actor.hubTimeZone);
  if (from.getTime() < ctx.now().getTime() - 60_000) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: { from: ["Choose today or a later date; past prices cannot be changed"] } });
  const hubId = ctx.actor.hubId;
  try {
    return await inTransaction(ctx.db, async (tx) => {
      await lockSku(tx, hubId, input.skuId);
      const existing = await tx.price.findMany({ where: { skuId: input.skuId, channel: input.channel, minQuantity: input.minQuantity }, select: { id: true, validFrom: true, validTo: true, amountMinor: true } });
      const { close, conflict } = priceToClose(existing, from);
      if (conflict) throw overlapError("from", input.channel, input.minQuantity);
      if (close) await tx.price.update({ where: { id: close.id }, data: { validTo: from } });
      const price = await tx.price.create({
        data: { hubId, skuId: input.skuId, channel: input.channel, minQuantity: input.minQuantity, amountMinor: input.amountMinor, currency: ctx.actor.hubCurrency, validFrom: from, validTo: null },
        select: { id: true },
      });
      const previous = existing.find((p) => p.id === close?.id);
      await recordAudit(tx, {
        hubId, actorUserId: ctx.actor.userId, action: "catalog.price.scheduled", targetType: "price", targetId: price.id, ip: ctx.ip,
        data: { skuId: input.skuId, channel: input.channel, minQuantity: input.minQuantity, from, amount: formatMoney(input.amountMinor, ctx.actor.hubCurrency), closedPriceId: close?.id ?? null, previousAmountMinor: previous?.amountMinor ?? null },
      });
      return { id: price.id, closedPriceId: close?.id ?? null };
    });
  } catch (error) {
    if (isPriceOverlap(error)) throw overlapError("from", input.channel, input.minQuantity);
    throw error;
  }
}
