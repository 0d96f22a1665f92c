// The public box listing: active templates with their contents, price per delivery and where the
// produce currently comes from (the farm of the freshest lot in stock).
import type { DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { retailPrices, skuLabels } from "./access";

type Provenance = { farmName: string; clusterName: string };

/** Farm and cluster of the most recently harvested lot with stock available, per SKU. */
export async function provenanceHints(db: DbOrTx, hubId: string, skuIds: readonly string[]): Promise<Map<string, Provenance>> {
  if (skuIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(Provenance & { skuId: string })[]>`
    SELECT DISTINCT ON (l."skuId") l."skuId", f.name AS "farmName", c.name AS "clusterName"
    FROM "Lot" l
    JOIN "StockBalance" b ON b."lotId" = l.id AND b."onHand" > b.reserved
    JOIN "Organisation" f ON f.id = l."farmId"
    JOIN "Organisation" c ON c.id = l."clusterId"
    WHERE l."hubId" = ${hubId} AND l."skuId" = ANY(${[...skuIds]}::text[])
    ORDER BY l."skuId", l."harvestedAt" DESC, l.id`;
  return new Map(rows.map((r) => [r.skuId, { farmName: r.farmName, clusterName: r.clusterName }]));
}

type BoxTemplateRow = {
  id: string; code: string; name: string; description: string; priceMinor: number;
  lines: { id: string; skuId: string; quantity: number; swaps: { skuId: string }[] }[];
};

async function describeBoxes(db: DbOrTx, hub: { id: string; currency: string }, templates: BoxTemplateRow[], now: Date) {
  const skuIds = templates.flatMap((t) => t.lines.flatMap((l) => [l.skuId, ...l.swaps.map((s) => s.skuId)]));
  const [labels, prices, origins] = await Promise.all([skuLabels(db, hub.id, skuIds), retailPrices(db, hub.id, skuIds, now), provenanceHints(db, hub.id, templates.flatMap((t) => t.lines.map((l) => l.skuId)))]);
  return templates.map((t) => {
    const lines = t.lines
      .filter((l) => labels.get(l.skuId))
      .map((l) => {
        const sku = labels.get(l.skuId)!;
        return {
          id: l.id, skuId: l.skuId, quantity: l.quantity, productName: sku.productName, productSlug: sku.productSlug, pack: sku.pack,
          provenance: origins.get(l.skuId) ?? null,
          swaps: l.swaps.flatMap((s) => {
            const alt = labels.get(s.skuId);
            return alt && alt.active ? [{ skuId: s.skuId, productName: alt.productName, pack: alt.pack }] : [];
          }),
        };
      });
    const retailValueMinor = t.lines.reduce((sum, l) => sum + (prices.get(l.skuId) ?? 0) * l.quantity, 0);
    return { id: t.id, code: t.code, name: t.name, description: t.description, priceMinor: t.priceMinor, currency: hub.currency, retailValueMinor, lines };
  });
}

const TEMPLATE_SELECT = {
  id: true, code: true, name: true, description: true, priceMinor: true,
  lines: { orderBy: [{ position: "asc" as const }, { id: "asc" as const }], select: { id: true, skuId: true, quantity: true, swaps: { select: { skuId: true } } } },
};

/** Active boxes of the hub for the shop, in display order. */
export async function listBoxes(db: DbOrTx, hub: { id: string; currency: string }, now: Date) {
  const templates = await db.boxTemplate.findMany({ where: { hubId: hub.id, active: true }, orderBy: [{ position: "asc" }, { name: "asc" }], select: TEMPLATE_SELECT });
  return describeBoxes(db, hub, templates, now);
}

/** One active box by code (the subscribe page). */
export async function getBox(db: DbOrTx, hub: { id: string; currency: string }, code: string, now: Date) {
  const template = await db.boxTemplate.findFirst({ where: { hubId: hub.id, active: true, code: code.toUpperCase() }, select: TEMPLATE_SELECT });
  if (!template) throw new DomainError("NOT_FOUND", "This box is not available.");
  return (await describeBoxes(db, hub, [template], now))[0];
}
