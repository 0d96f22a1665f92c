// Benchmark: the public catalog over HTTP against `next start` (production build) on an embedded
// PostgreSQL holding the full-scale demo seed, 100 concurrent connections per URL for 20 s, with
// /api/health (no database, no rendering) measured in the same run as the baseline. `npm run bench`.
import { drain, ensureBuild, load, loadTable, startBenchApp, type LoadResult } from "../../../scripts/bench-http";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
// 20 s rather than 10: at 100 connections a page taking tens of ms of CPU needs a few seconds before the first
// responses come back at all, and the percentiles should describe the steady state.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PATHS = ["/shop", "/shop?q=tomato&inStock=1", "/shop/cherry-tomatoes", "/api/v1/catalog", "/api/v1/catalog?q=tomato&inStock=1"];

const log = (m: string) => process.stderr.write(`[bench storefront] ${m}\n`);

export async function benchStorefront() {
  ensureBuild(log);
  const app = await startBenchApp(async (db) => {
    const { seed } = await import("../../../prisma/seed/index");
    // Told from now, so the seeded lots are in date and in stock while the bench runs.
    await seed(db, { scale: "full", reference: new Date() });
  }, log);
  try {
    // Warm up: load every route's code, fill the JIT and open the pool's connections.
    for (const p of ["/api/health", ...PATHS]) await load(app.baseUrl, p, { connections: 4, durationSeconds: 2 });
    const opts = { connections: CONNECTIONS, durationSeconds: SECONDS };
    // Each URL at full concurrency, then alone for a few seconds: the unloaded latency explains the loaded one.
    const run = async (p: string): Promise<LoadResult> => {
      await drain(app.baseUrl);
      const loaded = await load(app.baseUrl, p, opts);
      await drain(app.baseUrl);
      return { ...loaded, single: await load(app.baseUrl, p, { connections: 1, durationSeconds: 5 }) };
    };
    const baseline = await run("/api/health");
    const rows: LoadResult[] = [];
    for (const p of PATHS) rows.push(await run(p));
    process.stdout.write(`\nStorefront over HTTP: ${CONNECTIONS} connections x ${SECONDS} s per URL, next start + embedded PostgreSQL, full seed\n${loadTable(rows, baseline)}\n\n`);
    const key = (p: string) => p.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "_").replace(/_+$/, "");
    return {
      name: "storefront http",
      connections: CONNECTIONS,
      seconds: SECONDS,
      baselineRps: Math.round(baseline.rps),
      baselineP95Ms: baseline.p95,
      ...Object.fromEntries(
        rows.flatMap((r) => [
          [`${key(r.path)}_rps`, Math.round(r.rps)],
          [`${key(r.path)}_p95Ms`, r.p95],
          [`${key(r.path)}_p95Ratio`, r.p95 / baseline.p95],
          [`${key(r.path)}_p50MsAlone`, r.single?.p50 ?? null],
        ]),
      ),
      non2xx: rows.reduce((n, r) => n + r.non2xx + r.errors, 0),
    };
  } finally {
    await app.stop();
  }
}
