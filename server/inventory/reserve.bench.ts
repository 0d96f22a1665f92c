// Benchmark: FEFO reservations at 32 concurrent reservers on their own connections.
// "hot": every reserver hits the same SKU at one location (worst-case row-lock contention);
// "spread": each reserver has its own SKU. Baseline: an interactive transaction doing one
// single-row UPDATE at the same concurrency, measured in the same run.
import { createDb, type Db } from "../../lib/db";
import { withBenchDb } from "../../scripts/bench-db";
import type { ServiceContext } from "../context";
import { resolveActor } from "../identity/actor";
import { receiveLot } from "./service/receive";
import { reserveStock } from "./service/reserve";

const CONCURRENCY = 32;
const PER_WORKER = 125; // 4,000 reservations per scenario

type Run = { perSecond: number; p50Ms: number; p95Ms: number; p99Ms: number };

async function runConcurrent(task: (worker: number, i: number) => Promise<unknown>): Promise<Run> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = 0; i < PER_WORKER; i++) {
        const t = performance.now();
        await task(worker, i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { perSecond: latencies.length / seconds, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

async function world(db: Db) {
  const hub = await db.hub.create({ data: { slug: "bench", name: "Bench", timeZone: "Europe/Amsterdam", currency: "EUR", country: "NL" } });
  const user = await db.user.create({ data: { email: "bench@furrow.test", name: "Bench" } });
  const membership = await db.membership.create({ data: { userId: user.id, hubId: hub.id, role: "WAREHOUSE" } });
  const actor = (await resolveActor(db, { userId: user.id, membershipId: membership.id }))!;
  const cluster = await db.organisation.create({ data: { hubId: hub.id, kind: "CLUSTER", code: "C1", name: "Cluster" } });
  const farm = await db.organisation.create({ data: { hubId: hub.id, kind: "FARM", code: "F1", name: "Farm", parentId: cluster.id } });
  const location = await db.location.create({ data: { hubId: hub.id, kind: "WAREHOUSE", code: "W1", name: "Warehouse", latitude: 52, longitude: 5 } });
  const category = await db.category.create({ data: { hubId: hub.id, slug: "veg", name: "Vegetables" } });
  const tax = await db.taxCategory.create({ data: { hubId: hub.id, code: "FOOD", name: "Food", rateBasisPoints: 900 } });
  const ctx: ServiceContext = { db, actor, now: () => new Date() };
  const skus: string[] = [];
  for (let s = 0; s <= CONCURRENCY; s++) {
    const product = await db.product.create({ data: { hubId: hub.id, categoryId: category.id, taxCategoryId: tax.id, slug: `p${s}`, name: `Product ${s}` } });
    const sku = await db.sku.create({ data: { hubId: hub.id, productId: product.id, code: `SKU-${s}`, name: "1 kg", packQuantity: 1, packUnit: "KG", packaging: "box", grossWeightG: 1100, volumeMl: 3000, shelfLifeDays: 10, storageTempMinC: 2, storageTempMaxC: 6, lowStockThreshold: 50 } });
    // Five lots per SKU so FEFO has real choices to make.
    for (let lot = 0; lot < 5; lot++) {
      await receiveLot(ctx, { locationId: location.id, skuId: sku.id, farmId: farm.id, quantity: 20_000, grade: "CLASS_I", harvestedAt: new Date(Date.now() - 86_400_000), bestBefore: new Date(Date.now() + (3 + lot) * 86_400_000) });
    }
    skus.push(sku.id);
  }
  return { ctx, locationId: location.id, skus };
}

export async function benchReservations() {
  return withBenchDb(async (setupDb, url) => {
    const { ctx, locationId, skus } = await world(setupDb);
    const pool = createDb(url, CONCURRENCY);
    const onPool: ServiceContext = { ...ctx, db: pool };
    try {
      await pool.$queryRaw`SELECT 1`;
      const baseline = await runConcurrent((worker) =>
        pool.$transaction(async (tx) => tx.$executeRaw`UPDATE "Location" SET active = true WHERE id = ${locationId} AND ${worker} >= 0`),
      );
      const hot = await runConcurrent((worker, i) => reserveStock(onPool, { locationId, skuId: skus[0]!, quantity: 1 + (i % 3), reference: `hot-${worker}-${i}` }));
      const spread = await runConcurrent((worker, i) => reserveStock(onPool, { locationId, skuId: skus[worker + 1]!, quantity: 1 + (i % 3), reference: `spread-${worker}-${i}` }));
      return {
        name: `FEFO reservations, ${CONCURRENCY} concurrent reservers`,
        reservations: CONCURRENCY * PER_WORKER,
        hotSkuPerSecond: hot.perSecond, hotP50Ms: hot.p50Ms, hotP95Ms: hot.p95Ms, hotP99Ms: hot.p99Ms,
        spreadPerSecond: spread.perSecond, spreadP50Ms: spread.p50Ms, spreadP95Ms: spread.p95Ms, spreadP99Ms: spread.p99Ms,
        baselineTxPerSecond: baseline.perSecond, baselineP95Ms: baseline.p95Ms,
        hotRatioToBaseline: hot.perSecond / baseline.perSecond, spreadRatioToBaseline: spread.perSecond / baseline.perSecond,
      };
    } finally {
      await pool.$disconnect();
    }
  });
}
