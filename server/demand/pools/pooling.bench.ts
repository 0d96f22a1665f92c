// Benchmark: demand pooling over 1,000,000 order lines (250,000 orders x 4 lines, 10 zones, 200 SKUs,
// 12 weeks: 24,000 pools; all channels, 5 % cancelled), generated set-based in an embedded PostgreSQL.
// (i) the full set-based recompute of every pool from scratch (the brute-force SQL, = the backfill);
// (ii) the incremental trigger path: 10,000 single-line edits, each its own statement, run in the
//      database (one DO block) and from 8 client connections (one autocommit statement each), against
//      the same edits with the pool triggers disabled;
// (iii) multi-row statements (50,000 lines re-quantified, 10,000 orders cancelled) with and without.
// The pools are checked against the recompute at the end (mismatches must be 0).
import { createDb, type Db } from "../../../lib/db";
import { medianMs, withBenchDb } from "../../../scripts/bench-db";

const ORDERS = 250_000;
const LINES_PER_ORDER = 4;
const EDITS = 10_000;
const CLIENTS = 8;
const HUB = "bench_hub";

const TRUTH = `
  SELECT o."hubId", o."isoWeek", l."skuId", o."zoneId",
    coalesce(sum(l.quantity) FILTER (WHERE o.channel IN ('STOREFRONT', 'IMPORT')), 0)::int AS ordered,
    coalesce(sum(l.quantity) FILTER (WHERE o.channel = 'SUBSCRIPTION'), 0)::int AS subscribed,
    coalesce(sum(l.quantity) FILTER (WHERE o.channel = 'B2B'), 0)::int AS b2b
  FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
  WHERE o.status <> 'CANCELLED'
  GROUP BY o."hubId", o."isoWeek", l."skuId", o."zoneId"`;

/** The brute-force recompute: every pool rebuilt from the orders in one statement. */
const RECOMPUTE = `
  INSERT INTO "DemandPool" ("id", "hubId", "isoWeek", "skuId", "zoneId", "orderedUnits", "subscribedUnits", "b2bUnits", "updatedAt")
  SELECT gen_random_uuid()::text, t."hubId", t."isoWeek", t."skuId", t."zoneId", t.ordered, t.subscribed, t.b2b, now() FROM (${TRUTH}) t`;

async function generate(db: Db) {
  await db.hub.create({ data: { id: HUB, slug: "bench", name: "Bench", timeZone: "Europe/Amsterdam", currency: "EUR", country: "NL" } });
  await db.$executeRawUnsafe(`INSERT INTO "Category" (id, "hubId", slug, name) VALUES ('cat', '${HUB}', 'veg', 'Vegetables')`);
  await db.$executeRawUnsafe(`INSERT INTO "TaxCategory" (id, "hubId", code, name, "rateBasisPoints") VALUES ('tax', '${HUB}', 'FOOD', 'Food', 900)`);
  await db.$executeRawUnsafe(`INSERT INTO "Product" (id, "hubId", "categoryId", "taxCategoryId", slug, name, "updatedAt") SELECT 'p' || g, '${HUB}', 'cat', 'tax', 'p' || g, 'Product ' || g, now() FROM generate_series(0, 199) g`);
  await db.$executeRawUnsafe(`INSERT INTO "Sku" (id, "hubId", "productId", code, name, "packQuantity", "packUnit", packaging, "grossWeightG", "volumeMl", "shelfLifeDays", "storageTempMinC", "storageTempMaxC", "updatedAt")
    SELECT 's' || g, '${HUB}', 'p' || g, 'SKU-' || g, '1 kg', 1, 'KG', 'box', 1100, 3000, 10, 2, 6, now() FROM generate_series(0, 199) g`);
  await db.$executeRawUnsafe(`INSERT INTO "DeliveryZone" (id, "hubId", code, name, "postcodePrefixes", "fulfilmentLocationId") SELECT 'z' || g, '${HUB}', 'Z' || g, 'Zone ' || g, ARRAY[(10 + g)::text], 'loc' FROM generate_series(0, 9) g`);
  // Loaded with the pool triggers off; (i) builds the pools.
  await db.$executeRawUnsafe(`ALTER TABLE "OrderLine" DISABLE TRIGGER USER`);
  await db.$executeRawUnsafe(`INSERT INTO "Order" (id, "hubId", number, channel, status, "zoneId", "fulfilmentLocationId", "deliveryDate", "isoWeek", "cutoffAt", "shipTo", currency, "paymentMethod", "subtotalMinor", "taxMinor", "totalMinor", "updatedAt")
    SELECT 'o' || g, '${HUB}', 'B-' || g, (ARRAY['STOREFRONT', 'STOREFRONT', 'SUBSCRIPTION', 'B2B', 'IMPORT'])[1 + g % 5]::"OrderChannel",
      (CASE WHEN g % 20 = 0 THEN 'CANCELLED' ELSE 'PLACED' END)::"OrderStatus", 'z' || (abs(hashint4(g)) % 10), 'loc', d, to_char(d, 'IYYY-"W"IW'), d - interval '2 days', '{}'::jsonb, 'EUR', 'PAY_ON_DELIVERY', 0, 0, 0, now()
    FROM generate_series(1, ${ORDERS}) g, LATERAL (SELECT '2026-01-05'::date + abs(hashint4(g + ${ORDERS})) % 84 AS d) x`);
  await db.$executeRawUnsafe(`INSERT INTO "OrderLine" (id, "hubId", "orderId", "skuId", quantity, "unitPriceMinor", "taxRateBasisPoints", "lineTotalMinor", "taxMinor")
    SELECT 'l' || g || '-' || k, '${HUB}', 'o' || g, 's' || ((abs(hashint4(g + ${2 * ORDERS})) + k * 50) % 200), 1 + (g + k) % 6, 0, 0, 0, 0
    FROM generate_series(1, ${ORDERS}) g, generate_series(0, ${LINES_PER_ORDER - 1}) k`);
  await db.$executeRawUnsafe(`ALTER TABLE "OrderLine" ENABLE TRIGGER USER`);
  await db.$executeRawUnsafe(`ANALYZE "Order"`);
  await db.$executeRawUnsafe(`ANALYZE "OrderLine"`);
}

/** Edit i: line "l<order>-<k>" gets a new quantity; the same list with and without triggers. */
function edit(i: number): { id: string; quantity: number } {
  return { id: `l${1 + ((i * 7919) % ORDERS)}-${i % LINES_PER_ORDER}`, quantity: 1 + ((i * 13) % 9) };
}
const EDIT_LOOP = `DO $$ BEGIN
  FOR i IN 0..${EDITS - 1} LOOP
    UPDATE "OrderLine" SET quantity = 1 + ((i * 13) % 9) WHERE id = 'l' || (1 + ((i * 7919) % ${ORDERS})) || '-' || (i % ${LINES_PER_ORDER});
  END LOOP;
END $$`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function clientEdits(pool: Db, offset: number): Promise<number> {
  return timed(() => Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = c; i < EDITS; i += CLIENTS) {
      const e = edit(i);
      await pool.$executeRaw`UPDATE "OrderLine" SET quantity = ${((e.quantity + offset) % 9) + 1} WHERE id = ${e.id}`;
    }
  })));
}

/** Runs `fn` with the pool triggers off, then puts the touched rows back as they were (still off). */
async function baseline(db: Db, fn: () => Promise<number>): Promise<number> {
  await db.$executeRawUnsafe(`CREATE TABLE bench_lines AS SELECT id, quantity FROM "OrderLine"`);
  await db.$executeRawUnsafe(`CREATE TABLE bench_orders AS SELECT id, status FROM "Order"`);
  await db.$executeRawUnsafe(`ALTER TABLE "OrderLine" DISABLE TRIGGER USER`);
  await db.$executeRawUnsafe(`ALTER TABLE "Order" DISABLE TRIGGER "Order_pool_update"`);
  try {
    return await fn();
  } finally {
    await db.$executeRawUnsafe(`UPDATE "OrderLine" l SET quantity = b.quantity FROM bench_lines b WHERE b.id = l.id AND b.quantity <> l.quantity`);
    await db.$executeRawUnsafe(`UPDATE "Order" o SET status = b.status FROM bench_orders b WHERE b.id = o.id AND b.status <> o.status`);
    await db.$executeRawUnsafe(`ALTER TABLE "OrderLine" ENABLE TRIGGER USER`);
    await db.$executeRawUnsafe(`ALTER TABLE "Order" ENABLE TRIGGER "Order_pool_update"`);
    await db.$executeRawUnsafe(`DROP TABLE bench_lines, bench_orders`);
  }
}

const BULK_QTY = `UPDATE "OrderLine" SET quantity = quantity % 6 + 1 WHERE "skuId" IN (SELECT 's' || g FROM generate_series(0, 9) g)`;
const BULK_CANCEL = `UPDATE "Order" SET status = 'CANCELLED' WHERE id IN (SELECT 'o' || (g * 23 + 1) FROM generate_series(0, 9999) g) AND status <> 'CANCELLED'`;

async function mismatches(db: Db): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`
    SELECT count(*)::int AS n FROM (${TRUTH}) t
    FULL JOIN (SELECT * FROM "DemandPool" WHERE "orderedUnits" + "subscribedUnits" + "b2bUnits" > 0) p
      ON p."hubId" = t."hubId" AND p."isoWeek" = t."isoWeek" AND p."skuId" = t."skuId" AND p."zoneId" = t."zoneId"
    WHERE p.id IS NULL OR t."hubId" IS NULL OR (p."orderedUnits", p."subscribedUnits", p."b2bUnits") IS DISTINCT FROM (t.ordered, t.subscribed, t.b2b)`);
  return row!.n;
}

export async function benchPooling() {
  return withBenchDb(async (db, url) => {
    const generateMs = await timed(() => generate(db));
    const lines = Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "OrderLine"`))[0]!.n);

    // (ii, iii) baselines first, on the same data with the triggers off.
    const baseServerMs = await baseline(db, () => timed(() => db.$executeRawUnsafe(EDIT_LOOP)));
    const clients = createDb(url, CLIENTS);
    await clients.$queryRaw`SELECT 1`;
    const baseClientMs = await baseline(db, () => clientEdits(clients, 0));
    const baseBulkQtyMs = await baseline(db, () => timed(() => db.$executeRawUnsafe(BULK_QTY)));
    const baseBulkCancelMs = await baseline(db, () => timed(() => db.$executeRawUnsafe(BULK_CANCEL)));

    // (i) the full recompute, three times from an empty pool table.
    const recomputeMs = await medianMs(3, async () => {
      await db.$executeRawUnsafe(`TRUNCATE "DemandPool"`);
      await db.$executeRawUnsafe(RECOMPUTE);
    });
    const pools = await db.demandPool.count();

    const trigServerMs = await timed(() => db.$executeRawUnsafe(EDIT_LOOP));
    const trigClientMs = await clientEdits(clients, 1);
    const trigBulkQtyMs = await timed(() => db.$executeRawUnsafe(BULK_QTY));
    const trigBulkCancelMs = await timed(() => db.$executeRawUnsafe(BULK_CANCEL));
    await clients.$disconnect();
    const bad = await mismatches(db);

    const perEditUs = (ms: number) => (ms * 1000) / EDITS;
    const result = {
      name: `Demand pooling, ${lines.toLocaleString("en")} order lines`,
      orderLines: lines, pools, generateMs,
      recomputeMs,
      editsServerMs: trigServerMs, editsServerBaselineMs: baseServerMs, editServerUs: perEditUs(trigServerMs), editServerBaselineUs: perEditUs(baseServerMs), editsServerRatio: trigServerMs / baseServerMs,
      editsClientPerSecond: EDITS / (trigClientMs / 1000), editsClientBaselinePerSecond: EDITS / (baseClientMs / 1000), editsClientRatio: trigClientMs / baseClientMs,
      editsPerRecompute: recomputeMs / (trigServerMs / EDITS),
      bulkLinesMs: trigBulkQtyMs, bulkLinesBaselineMs: baseBulkQtyMs, bulkLinesRatio: trigBulkQtyMs / baseBulkQtyMs,
      bulkCancelMs: trigBulkCancelMs, bulkCancelBaselineMs: baseBulkCancelMs, bulkCancelRatio: trigBulkCancelMs / baseBulkCancelMs,
      mismatches: bad,
    };
    const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
    console.log([
      `\n### ${result.name} (${pools.toLocaleString("en")} pools)\n`,
      "| measure | with pool triggers | triggers off (baseline) | ratio |",
      "|---|---:|---:|---:|",
      `| full recompute of every pool (set-based SQL) | ${f(recomputeMs)} ms | | |`,
      `| ${EDITS.toLocaleString("en")} single-line edits in the database | ${f(trigServerMs)} ms (${f(perEditUs(trigServerMs))} µs each) | ${f(baseServerMs)} ms | ${f(result.editsServerRatio)} |`,
      `| ${EDITS.toLocaleString("en")} single-line edits, ${CLIENTS} clients | ${f(result.editsClientPerSecond)} /s | ${f(result.editsClientBaselinePerSecond)} /s | ${f(result.editsClientRatio)} |`,
      `| one statement re-quantifying ~50,000 lines | ${f(trigBulkQtyMs)} ms | ${f(baseBulkQtyMs)} ms | ${f(result.bulkLinesRatio)} |`,
      `| one statement cancelling 10,000 orders | ${f(trigBulkCancelMs)} ms | ${f(baseBulkCancelMs)} ms | ${f(result.bulkCancelRatio)} |`,
      `\nOne full recompute costs as much as ${f(result.editsPerRecompute)} incremental edits; pools differing from the recompute after all edits: ${bad}.\n`,
    ].join("\n"));
    return result;
  });
}
