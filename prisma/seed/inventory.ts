// Writes certifications, lots, stock (balances, movements, transfers, adjustments), lab results,
// checkpoints and open alerts. Rows come from build/inventory.ts; a rerun inserts nothing.
import { buildInventory } from "./build/inventory";
import { movementKey } from "./build/ledger";
import { demoEmail } from "./demo-users";
import { HUB } from "./ids";
import { put, type SeedCtx } from "./write";

async function demoUserId(ctx: SeedCtx, role: "WAREHOUSE" | "ADMIN"): Promise<string> {
  const user = await ctx.db.user.findUnique({ where: { email: demoEmail(role) }, select: { id: true } });
  if (!user) throw new Error(`seed: demo user ${demoEmail(role)} is missing (seed demo users first)`);
  return user.id;
}

export async function seedInventory(ctx: SeedCtx, lotCount: number): Promise<void> {
  const built = buildInventory({
    hubId: ctx.hubId, currency: HUB.currency, reference: ctx.reference, lotCount,
    actorId: await demoUserId(ctx, "WAREHOUSE"), approverId: await demoUserId(ctx, "ADMIN"),
  });
  await put(ctx, "certification", built.certifications);
  await put(ctx, "lot", built.lots);
  await put(ctx, "stockBalance", built.balances);
  await put(ctx, "stockTransfer", built.transfers);
  await put(ctx, "stockTransferLine", built.transferLines);
  await put(ctx, "stockAdjustment", built.adjustments);

  // Balances went in with skipDuplicates; their movements go in unless already there, matched by key.
  const seen = await ctx.db.stockMovement.findMany({
    where: { lotId: { in: built.lots.map((l) => l.id!) } },
    select: { kind: true, lotId: true, locationId: true, transferId: true, adjustmentId: true },
  });
  const have = new Set(seen.map(movementKey));
  await put(ctx, "stockMovement", built.movements.filter((m) => !have.has(movementKey(m))), built.movements.length);

  await put(ctx, "labResult", built.labResults);
  await put(ctx, "handlingCheckpoint", built.checkpoints);
  await put(ctx, "inventoryAlert", built.alerts);
  await resolveRecoveredLowStock(ctx, new Set(built.alerts.map((a) => a.id!)));
}

/**
 * Growing to a larger scale adds stock, so a seeded LOW_STOCK alert can stop being true; resolve
 * it the way the inventory service does (status RESOLVED, openKey cleared). A rerun finds none.
 */
async function resolveRecoveredLowStock(ctx: SeedCtx, current: Set<string>): Promise<void> {
  const open = await ctx.db.inventoryAlert.findMany({
    where: { hubId: ctx.hubId, kind: "LOW_STOCK", status: { not: "RESOLVED" }, id: { startsWith: "alr_low_" } },
    select: { id: true },
  });
  const stale = open.filter((a) => !current.has(a.id)).map((a) => a.id);
  if (stale.length === 0) return;
  await ctx.db.inventoryAlert.updateMany({ where: { id: { in: stale } }, data: { status: "RESOLVED", resolvedAt: ctx.reference, openKey: null } });
}
