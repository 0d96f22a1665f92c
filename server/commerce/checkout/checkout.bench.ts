// Benchmark: the checkout API over HTTP against `next start` (production build) on an embedded
// PostgreSQL with the demo seed: 100 concurrent connections placing orders (checkout.place, each
// request a different household's cart and session, spread over the open slots of a zone) and
// reviewing them (checkout.preview), with /api/health measured in the same run as the baseline.
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { hubDateValue } from "@/lib/hub-time";
import { drain, ensureBuild, load, loadTable, startBenchApp, type LoadResult } from "../../../scripts/bench-http";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SCALE = (process.env.BENCH_CHECKOUT_SCALE ?? "full") as "small" | "full";
const HOUSEHOLDS = Number(process.env.BENCH_CHECKOUT_HOUSEHOLDS ?? 8000);
// startBenchApp starts next with this secret: sessions minted here are accepted as real sign-ins.
const SECRET = "bench-secret-0123456789abcdef";
const ZONE = "dz_utr";
const ADDRESS = { name: "Bench household", line1: "Oudegracht 1", line2: null, city: "Utrecht", postcode: "3511 AA", country: "NL", latitude: 52.09, longitude: 5.12, save: false };

const log = (m: string) => process.stderr.write(`[bench checkout] ${m}\n`);

type Shopper = { cookie: string };

/** Households with a four-line cart each (well-stocked SKUs at the zone's location), and their session cookies. */
async function prepare(db: Db): Promise<{ shoppers: Shopper[]; slotIds: string[] }> {
  const hub = await db.hub.findUniqueOrThrow({ where: { slug: "valley" }, select: { id: true, timeZone: true } });
  const zone = await db.deliveryZone.findUniqueOrThrow({ where: { id: ZONE }, select: { fulfilmentLocationId: true } });
  const now = new Date();
  const slots = await db.deliverySlot.findMany({ where: { zoneId: ZONE, cutoffAt: { gt: now }, active: true }, select: { id: true } });
  // Places and the minimum order are not what is measured: every open slot can take the whole run,
  // and every four-line cart may order.
  await db.deliverySlot.updateMany({ where: { id: { in: slots.map((s) => s.id) } }, data: { capacity: 1_000_000 } });
  await db.deliveryZone.update({ where: { id: ZONE }, data: { minimumOrderMinor: 0 } });
  const today = hubDateValue(now, hub.timeZone);
  const skus = await db.$queryRaw<Array<{ skuId: string; price: number; free: number }>>`
    SELECT b."skuId", p."amountMinor" AS price, SUM(b."onHand" - b.reserved)::int AS free
    FROM "StockBalance" b JOIN "Lot" l ON l.id = b."lotId" JOIN "Sku" s ON s.id = b."skuId" JOIN "Product" pr ON pr.id = s."productId"
    JOIN "Price" p ON p."skuId" = s.id AND p.channel = 'RETAIL' AND p."minQuantity" = 1 AND p."validFrom" <= ${now} AND (p."validTo" IS NULL OR p."validTo" > ${now})
    WHERE b."locationId" = ${zone.fulfilmentLocationId} AND l."bestBefore" >= ${today} AND s.active AND pr.active
    GROUP BY b."skuId", p."amountMinor" HAVING SUM(b."onHand" - b.reserved) > 100 ORDER BY free DESC LIMIT 60`;
  if (skus.length < 2) throw new Error("not enough stocked SKUs for the checkout bench");
  log(`${skus.length} SKUs with stock (free units ${skus.at(-1)!.free}..${skus[0]!.free}), ${slots.length} open slots`);
  const users = Array.from({ length: HOUSEHOLDS }, (_, i) => ({ userId: `bench_u_${i}`, membershipId: `bench_m_${i}`, cartId: `bench_c_${i}`, i }));
  await db.user.createMany({ data: users.map((u) => ({ id: u.userId, email: `bench-${u.i}@bench.invalid`, name: `Bench household ${u.i}` })) });
  await db.membership.createMany({ data: users.map((u) => ({ id: u.membershipId, userId: u.userId, hubId: hub.id, role: "CONSUMER" as const })) });
  await db.cart.createMany({ data: users.map((u) => ({ id: u.cartId, hubId: hub.id, token: randomUUID(), userId: u.userId, activeForUserId: u.userId })) });
  // Four different SKUs per cart, rotating over the stocked ones so no single balance row is the hot spot.
  await db.cartLine.createMany({
    data: users.flatMap((u) => [0, 7, 19, 31].map((k) => skus[(u.i + k) % skus.length]!).map((s) => ({ cartId: u.cartId, skuId: s.skuId, quantity: 1, seenUnitPriceMinor: s.price }))),
    skipDuplicates: true,
  });
  const shoppers = await Promise.all(users.map(async (u) => ({ cookie: `next-auth.session-token=${await encode({ token: { sub: u.userId, membershipId: u.membershipId }, secret: SECRET })}` })));
  return { shoppers, slotIds: slots.map((s) => s.id) };
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);

/** autocannon where every request is built by `next` (its own session, body). */
async function loadRequests(baseUrl: string, label: string, next: () => { method: "GET" | "POST"; path: string; cookie: string; body?: string }, opts: { connections: number; durationSeconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl, connections: opts.connections, duration: opts.durationSeconds, timeout: 30,
        requests: [{ setupRequest: (req) => { const r = next(); return { ...req, method: r.method, path: r.path, body: r.body, headers: { ...req.headers, cookie: r.cookie, "content-type": "application/json" } }; } }],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { path: label, requests: latencies.length, rps: latencies.length / opts.durationSeconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

export async function benchCheckout() {
  // BENCH_REUSE_BUILD=1 serves the build already in FURROW_NEXT_DIST_DIR even if sources are newer
  // (a checkout shared with people editing it would otherwise rebuild on every run).
  if (process.env.BENCH_REUSE_BUILD === "1") log(`reusing the build in ${process.env.FURROW_NEXT_DIST_DIR ?? ".next-bench"}`);
  else ensureBuild(log);
  const app = await startBenchApp(async (db) => {
    const { seed } = await import("../../../prisma/seed/index");
    await seed(db, { scale: SCALE, reference: new Date() });
  }, log);
  try {
    const { shoppers, slotIds } = await prepare(app.db);
    let previewIndex = 0;
    let placeIndex = 0;
    const preview = () => {
      const s = shoppers[previewIndex++ % shoppers.length]!;
      const input = encodeURIComponent(JSON.stringify({ json: { postcode: "3511AA", addressId: null, slotId: slotIds[previewIndex % slotIds.length], discountCode: null } }));
      return { method: "GET" as const, path: `/api/trpc/checkout.preview?input=${input}`, cookie: s.cookie };
    };
    const place = () => {
      const i = placeIndex++;
      if (i >= shoppers.length) throw new Error("the bench ran out of households: raise BENCH_CHECKOUT_HOUSEHOLDS");
      const body = JSON.stringify({ json: { slotId: slotIds[i % slotIds.length], addressId: null, address: ADDRESS, paymentMethod: "PAY_ON_DELIVERY", discountCode: null, notes: "" } });
      return { method: "POST" as const, path: "/api/trpc/checkout.place", cookie: shoppers[i]!.cookie, body };
    };
    // One of each first: a refused request would make the figures meaningless, so stop with its reason.
    for (const r of [preview(), place()] as Array<{ method: string; path: string; cookie: string; body?: string }>) {
      const res = await fetch(`${app.baseUrl}${r.path}`, { method: r.method, headers: { cookie: r.cookie, "content-type": "application/json" }, body: r.body });
      if (!res.ok) throw new Error(`${r.method} ${r.path.split("?")[0]} answered ${res.status}: ${(await res.text()).slice(0, 800)}`);
    }
    // Warm up the routes, the JIT and the pool (previews only: they write nothing).
    await load(app.baseUrl, "/api/health", { connections: 4, durationSeconds: 2 });
    await loadRequests(app.baseUrl, "warm-up", preview, { connections: 4, durationSeconds: 3 });
    const opts = { connections: CONNECTIONS, durationSeconds: SECONDS };
    await drain(app.baseUrl);
    const baseline = await load(app.baseUrl, "/api/health", opts);
    await drain(app.baseUrl);
    const previewResult = await loadRequests(app.baseUrl, "checkout.preview (GET)", preview, opts);
    previewResult.single = await loadRequests(app.baseUrl, "preview alone", preview, { connections: 1, durationSeconds: 5 });
    await drain(app.baseUrl);
    const before = await app.db.order.count();
    const placeResult = await loadRequests(app.baseUrl, "checkout.place (POST, pay on delivery)", place, opts);
    await drain(app.baseUrl);
    // What one shopper waits when nobody else is ordering.
    placeResult.single = await loadRequests(app.baseUrl, "place alone", place, { connections: 1, durationSeconds: 5 });
    await drain(app.baseUrl);
    const placed = (await app.db.order.count()) - before;
    const rows = [previewResult, placeResult];
    process.stdout.write(`\nCheckout API over HTTP: ${CONNECTIONS} connections x ${SECONDS} s, next start + embedded PostgreSQL, ${SCALE} seed; ${placed} orders placed\n${loadTable(rows, baseline)}\n\n`);
    return {
      name: "checkout http", connections: CONNECTIONS, seconds: SECONDS, scale: SCALE,
      baselineRps: Math.round(baseline.rps), baselineP95Ms: baseline.p95,
      previewRps: Math.round(previewResult.rps), previewP95Ms: previewResult.p95, previewP95Ratio: previewResult.p95 / baseline.p95, previewP50MsAlone: previewResult.single.p50,
      placeRps: Math.round(placeResult.rps), placeP50Ms: placeResult.p50, placeP95Ms: placeResult.p95, placeP99Ms: placeResult.p99, placeP95Ratio: placeResult.p95 / baseline.p95, placeP50MsAlone: placeResult.single.p50,
      ordersPlaced: placed, non2xx: previewResult.non2xx + previewResult.errors + placeResult.non2xx + placeResult.errors,
    };
  } finally {
    await app.stop();
  }
}
