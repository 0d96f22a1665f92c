// Box templates (boxes:manage): a named box with its lines, the swaps each line allows, and a fixed price.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../identity/audit";
import { duplicateProblems, retailPrices, skuLabels, skuProblems } from "./access";
import { ZRef, ZTemplateInput, ZTemplateUpdate, type TTemplateInput } from "./schema";

/** All box templates of the hub with their retail value and active subscriber count. */
export async function listTemplates(ctx: ServiceContext) {
  const hubId = ctx.actor.hubId;
  const templates = await ctx.db.boxTemplate.findMany({
    where: { hubId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, priceMinor: true, active: true, position: true, lines: { select: { skuId: true, quantity: true } } },
  });
  const counts = await ctx.db.subscription.groupBy({ by: ["templateId"], where: { hubId, status: { not: "CANCELLED" }, templateId: { not: null } }, _count: { _all: true } });
  const subscribers = new Map(counts.map((c) => [c.templateId, c._count._all]));
  const prices = await retailPrices(ctx.db, hubId, templates.flatMap((t) => t.lines.map((l) => l.skuId)), ctx.now());
  return templates.map((t) => ({
    id: t.id, code: t.code, name: t.name, priceMinor: t.priceMinor, active: t.active, position: t.position,
    lineCount: t.lines.length,
    retailValueMinor: t.lines.reduce((sum, l) => sum + (prices.get(l.skuId) ?? 0) * l.quantity, 0),
    subscriberCount: subscribers.get(t.id) ?? 0,
    currency: ctx.actor.hubCurrency,
  }));
}

/** One template with its lines, swaps and SKU labels, for the editor. */
export async function getTemplate(ctx: ServiceContext, raw: unknown) {
  const { id } = parseOrThrow(ZRef, raw);
  const t = await ctx.db.boxTemplate.findFirst({
    where: { id, hubId: ctx.actor.hubId },
    include: { lines: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { swaps: true } } },
  });
  if (!t) throw new DomainError("NOT_FOUND", "Box not found.");
  const labels = await skuLabels(ctx.db, ctx.actor.hubId, t.lines.flatMap((l) => [l.skuId, ...l.swaps.map((s) => s.skuId)]));
  const label = (skuId: string) => labels.get(skuId) ?? null;
  return {
    id: t.id, code: t.code, name: t.name, description: t.description, priceMinor: t.priceMinor, active: t.active, position: t.position,
    currency: ctx.actor.hubCurrency,
    lines: t.lines.map((l) => ({ id: l.id, skuId: l.skuId, quantity: l.quantity, sku: label(l.skuId), swaps: l.swaps.map((s) => ({ skuId: s.skuId, sku: label(s.skuId) })) })),
  };
}

/** Field errors for the lines of a template: unknown/inactive SKUs, duplicates, self-swaps. */
async function validateLines(tx: Tx, hubId: string, lines: TTemplateInput["lines"]) {
  const allIds = lines.flatMap((l) => [l.skuId, ...l.swapSkuIds]);
  const labels = await skuLabels(tx, hubId, allIds);
  const problems: Record<string, string[]> = {
    ...skuProblems(lines.map((l) => l.skuId), labels, (i) => `lines.${i}.skuId`),
    ...duplicateProblems(lines.map((l) => l.skuId), (i) => `lines.${i}.skuId`),
  };
  lines.forEach((line, i) => {
    Object.assign(problems, skuProblems(line.swapSkuIds, labels, (j) => `lines.${i}.swapSkuIds.${j}`));
    if (line.swapSkuIds.includes(line.skuId)) problems[`lines.${i}.swapSkuIds`] = ["An item cannot be its own swap"];
    else if (new Set(line.swapSkuIds).size !== line.swapSkuIds.length) problems[`lines.${i}.swapSkuIds`] = ["A swap is listed twice"];
  });
  if (Object.keys(problems).length > 0) throw new DomainError("VALIDATION", "Please correct the highlighted items.", { fieldErrors: problems });
}

async function assertCodeFree(tx: Tx, hubId: string, code: string, exceptId?: string) {
  const clash = await tx.boxTemplate.findFirst({ where: { hubId, code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw new DomainError("CONFLICT", "Another box uses this code.", { fieldErrors: { code: ["Another box uses this code"] } });
}

/** Writes the lines: keeps a line's id while its SKU stays (subscriptions point at it), replaces its swaps. */
async function writeLines(tx: Tx, templateId: string, lines: TTemplateInput["lines"]) {
  await tx.boxTemplateLine.deleteMany({ where: { templateId, skuId: { notIn: lines.map((l) => l.skuId) } } });
  for (const [position, line] of lines.entries()) {
    const row = await tx.boxTemplateLine.upsert({
      where: { templateId_skuId: { templateId, skuId: line.skuId } },
      create: { templateId, skuId: line.skuId, quantity: line.quantity, position },
      update: { quantity: line.quantity, position },
      select: { id: true },
    });
    await tx.boxSwapOption.deleteMany({ where: { lineId: row.id } });
    if (line.swapSkuIds.length > 0) await tx.boxSwapOption.createMany({ data: line.swapSkuIds.map((skuId) => ({ lineId: row.id, skuId })) });
  }
}

/** Creates a box template with its lines and swaps. */
export async function createTemplate(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZTemplateInput, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    await assertCodeFree(tx, hubId, input.code);
    await validateLines(tx, hubId, input.lines);
    const t = await tx.boxTemplate.create({
      data: { hubId, code: input.code, name: input.name, description: input.description, priceMinor: input.priceMinor, active: input.active, position: input.position },
      select: { id: true },
    });
    await writeLines(tx, t.id, input.lines);
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "commerce.box.created", targetType: "box_template", targetId: t.id, data: { code: input.code, priceMinor: input.priceMinor, lines: input.lines.length }, ip: ctx.ip });
    return { id: t.id };
  });
}

/** Replaces a template's fields and lines; existing subscriptions keep their own lines. */
export async function updateTemplate(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZTemplateUpdate, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "BoxTemplate" WHERE id = ${input.id} AND "hubId" = ${hubId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND", "Box not found.");
    await assertCodeFree(tx, hubId, input.code, input.id);
    await validateLines(tx, hubId, input.lines);
    await tx.boxTemplate.update({
      where: { id: input.id },
      data: { code: input.code, name: input.name, description: input.description, priceMinor: input.priceMinor, active: input.active, position: input.position },
    });
    await writeLines(tx, input.id, input.lines);
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "commerce.box.updated", targetType: "box_template", targetId: input.id, data: { code: input.code, priceMinor: input.priceMinor, active: input.active, lines: input.lines.length }, ip: ctx.ip });
    return { id: input.id };
  });
}
