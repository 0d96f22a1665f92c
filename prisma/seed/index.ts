// Demo seed: `npx tsx prisma/seed/index.ts [--scale small|full]`. Deterministic (fixed seeds,
// fixed ids) and idempotent (skipDuplicates everywhere), so rerunning it changes nothing.
import { pathToFileURL } from "node:url";
import { createDb, type DbOrTx } from "@/lib/db";
import { seedCatalog } from "./catalog";
import { seedCommerce } from "./commerce";
import { seedDemandHistory } from "./demand-history";
import { SEED_REFERENCE_DATE } from "./demo-catalog";
import { seedInventory } from "./inventory";
import { seedFarms, seedPartners, seedVendors } from "./organisations";
import { seedDemoUsers, ensureHub } from "./identity";
import { seedDrivers, seedVehicles } from "./fleet";
import { seedHouseholds } from "./households";
import { SCALES, type Scale } from "./ids";
import { seedSites } from "./locations";
import { seedRetailers } from "./retailers";
import { seedSupply } from "./supply";
import { seedPlanningState } from "./planning";
import { TABLES, zeroCounts, type Counts, type SeedCtx } from "./write";

export { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
export { SEED_REFERENCE_DATE } from "./demo-catalog";
export type { Scale } from "./ids";

export type SeedResult = { scale: Scale; hubId: string; planned: Counts; inserted: Counts; elapsedMs: number };

/**
 * Seeds the demo hub; returns rows defined (planned) and rows this run inserted per table.
 * `reference` is the "now" of the stock story (default SEED_REFERENCE_DATE, fixed for determinism).
 */
export async function seed(db: DbOrTx, opts: { scale?: Scale; reference?: Date } = {}): Promise<SeedResult> {
  const started = performance.now();
  const scale = opts.scale ?? "small";
  const hub = await ensureHub(db);
  const ctx: SeedCtx = { db, hubId: hub.id, reference: opts.reference ?? SEED_REFERENCE_DATE, planned: zeroCounts(), inserted: zeroCounts() };
  ctx.planned.hub = 1;
  ctx.inserted.hub = hub.created ? 1 : 0;

  // Order follows the foreign keys: organisations, then sites, then people, then the catalogue
  // and the stock (whose movements are booked by the demo warehouse user).
  await seedPartners(ctx);
  await seedFarms(ctx);
  await seedVendors(ctx);
  await seedRetailers(ctx, SCALES[scale].retailers);
  await seedSites(ctx);
  await seedVehicles(ctx);
  await seedDrivers(ctx);
  await seedHouseholds(ctx, SCALES[scale].households);
  await seedDemoUsers(ctx);
  await seedCatalog(ctx);
  await seedInventory(ctx, SCALES[scale].lots);
  // Commerce last: orders point at households, retailers, SKUs and prices; upcoming orders reserve stock.
  await seedCommerce(ctx, SCALES[scale]);
  // Two years of weekly demand before the orders, levelled on them (forecasting needs seasons).
  await seedDemandHistory(ctx);
  // Supply after commerce: capacity is sized from the order history.
  await seedSupply(ctx);
  // Last: pools closed, forecast published, next week planned, as the jobs would have left it.
  await seedPlanningState(ctx);

  return { scale, hubId: hub.id, planned: ctx.planned, inserted: ctx.inserted, elapsedMs: Math.round(performance.now() - started) };
}

/** "organisation 2166 (+0), user 3115 (+0), ..." */
export const summarise = (r: SeedResult) =>
  `seed ${r.scale}: ` + TABLES.map((t) => `${t} ${r.planned[t]} (+${r.inserted[t]})`).join(", ") + ` in ${r.elapsedMs} ms`;

function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function parseScale(argv: string[]): Scale {
  const value = argValue(argv, "--scale");
  if (value === undefined) return "small";
  if (value !== "small" && value !== "full") throw new Error(`--scale must be small or full, got ${value}`);
  return value;
}

/** --reference 2026-12-01T06:00:00Z tells the stock story from another moment (into a fresh database). */
function parseReference(argv: string[]): Date | undefined {
  const value = argValue(argv, "--reference");
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`--reference must be an ISO date or date-time, got ${value}`);
  return at;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm run seed provides one)");
  const db = createDb(url, 4);
  try {
    const argv = process.argv.slice(2);
    console.log(summarise(await seed(db, { scale: parseScale(argv), reference: parseReference(argv) })));
  } finally {
    await db.$disconnect();
  }
}

// Run only when executed directly, not when a test imports seed().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
