// Self-service on what a subscription delivers: swap an item (template boxes: only to the line's
// allowed swaps; custom baskets: any SKU on sale), and change a custom basket's lines.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { COMMERCE_EVENTS } from "../events";
import { assertNotCancelled, duplicateProblems, emitSubscriptionEvent, lockOwnSubscription, retailPrices, skuLabels, skuProblems } from "./access";
import { swapRefusal } from "./rules";
import { ZSetLines, ZSkuChoices, ZSwap } from "./schema";

/** Replaces one line's SKU with an allowed alternative; the line keeps its quantity and box line. */
export async function swapItem(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZSwap, raw);
  return inTransaction(ctx.db, async (tx) => {
    const sub = await lockOwnSubscription(tx, ctx, input.subscriptionId);
    assertNotCancelled(sub);
    const line = sub.lines.find((l) => l.id === input.lineId);
    if (!line) throw new DomainError("VALIDATION", "This item is not in your subscription.", { fieldErrors: { lineId: ["This item is not in your subscription"] } });
    const templateLine = line.templateLineId
      ? await tx.boxTemplateLine.findUnique({ where: { id: line.templateLineId }, select: { skuId: true, swaps: { select: { skuId: true } } } })
      : null;
    const refusal = swapRefusal({
      isTemplateBox: sub.templateId !== null,
      templateLine: templateLine ? { skuId: templateLine.skuId, swapSkuIds: templateLine.swaps.map((s) => s.skuId) } : null,
      currentSkuId: line.skuId,
      toSkuId: input.skuId,
      otherLineSkuIds: sub.lines.filter((l) => l.id !== line.id).map((l) => l.skuId),
    });
    if (refusal) throw new DomainError("VALIDATION", refusal, { fieldErrors: { skuId: [refusal] } });
    const labels = await skuLabels(tx, sub.hubId, [input.skuId]);
    const problems = skuProblems([input.skuId], labels, () => "skuId");
    if (problems.skuId) throw new DomainError("VALIDATION", problems.skuId[0] ?? "This item cannot be chosen", { fieldErrors: problems });
    await tx.subscriptionLine.update({ where: { id: line.id }, data: { skuId: input.skuId } });
    await emitSubscriptionEvent(tx, sub.hubId, COMMERCE_EVENTS.subscriptionChanged, sub.id, { change: "swap", lineId: line.id, fromSkuId: line.skuId, toSkuId: input.skuId });
    return { subscriptionId: sub.id, lineId: line.id, skuId: input.skuId };
  });
}

/** Replaces a custom basket's lines (add, remove, change quantities); box subscriptions swap instead. */
export async function setBasketLines(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZSetLines, raw);
  return inTransaction(ctx.db, async (tx) => {
    const sub = await lockOwnSubscription(tx, ctx, input.subscriptionId);
    assertNotCancelled(sub);
    if (sub.templateId !== null) throw new DomainError("INVALID_STATE", "A box's items are swapped, not edited.", { fieldErrors: { lines: ["A box's items are swapped, not edited"] } });
    const skuIds = input.lines.map((l) => l.skuId);
    const labels = await skuLabels(tx, sub.hubId, skuIds);
    const problems = { ...skuProblems(skuIds, labels, (i) => `lines.${i}.skuId`), ...duplicateProblems(skuIds, (i) => `lines.${i}.skuId`) };
    if (Object.keys(problems).length > 0) throw new DomainError("VALIDATION", "Please correct the highlighted items.", { fieldErrors: problems });
    await tx.subscriptionLine.deleteMany({ where: { subscriptionId: sub.id } });
    await tx.subscriptionLine.createMany({ data: input.lines.map((l) => ({ subscriptionId: sub.id, skuId: l.skuId, quantity: l.quantity })) });
    await emitSubscriptionEvent(tx, sub.hubId, COMMERCE_EVENTS.subscriptionChanged, sub.id, { change: "lines", lines: input.lines });
    return { subscriptionId: sub.id, lineCount: input.lines.length };
  });
}

/** SKUs on sale with their retail price, for adding to or swapping within a custom basket. */
export async function skuChoices(ctx: ServiceContext, raw: unknown) {
  const { q, limit } = parseOrThrow(ZSkuChoices, raw);
  const hubId = ctx.actor.hubId;
  const rows = await ctx.db.sku.findMany({
    where: { hubId, active: true, product: { active: true, ...(q ? { name: { contains: q, mode: "insensitive" as const } } : {}) }, prices: { some: { channel: "RETAIL" } } },
    orderBy: [{ product: { name: "asc" } }, { code: "asc" }],
    take: limit,
    select: { id: true },
  });
  const ids = rows.map((r) => r.id);
  const [labels, prices] = await Promise.all([skuLabels(ctx.db, hubId, ids), retailPrices(ctx.db, hubId, ids, ctx.now())]);
  return ids.flatMap((id) => {
    const label = labels.get(id);
    const price = prices.get(id);
    return label && price !== undefined ? [{ skuId: id, productName: label.productName, pack: label.pack, priceMinor: price, currency: ctx.actor.hubCurrency }] : [];
  });
}
