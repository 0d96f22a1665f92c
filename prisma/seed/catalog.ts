// Writes the demo catalogue: tax categories, categories, ~60 products with ~80 SKUs, their retail and
// wholesale prices, and substitution rules. Rows come from build/catalog.ts.
import { buildCatalog } from "./build/catalog";
import { HUB } from "./ids";
import { put, type SeedCtx } from "./write";

export async function seedCatalog(ctx: SeedCtx): Promise<void> {
  const c = buildCatalog(ctx.hubId, HUB.currency);
  await put(ctx, "taxCategory", c.taxCategories);
  await put(ctx, "category", c.categories);
  await put(ctx, "product", c.products);
  await put(ctx, "sku", c.skus);
  // The overlap trigger runs before ON CONFLICT: a seeded price an admin has since replaced would
  // clash with the replacement, so only prices not there yet are offered.
  const existing = new Set((await ctx.db.price.findMany({ where: { id: { in: c.prices.map((p) => p.id!) } }, select: { id: true } })).map((p) => p.id));
  await put(ctx, "price", c.prices.filter((p) => !existing.has(p.id!)), c.prices.length);
  await put(ctx, "substitutionRule", c.substitutions);
}
