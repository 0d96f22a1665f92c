// HTTP benchmarks against a production build: builds the app into its own dist dir when the build is
// missing or older than the sources, starts `next start` on a throw-away embedded PostgreSQL filled
// by the demo seed, and drives it with autocannon. Used by *.bench.ts files (`npm run bench`).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createDb, type Db } from "../lib/db";
import { freePort, startEmbeddedPostgres } from "./embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");
/** Its own dist dir, so a bench never clobbers the developer's .next (override with FURROW_NEXT_DIST_DIR). */
const distDir = process.env.FURROW_NEXT_DIST_DIR ?? ".next-bench";
const SOURCE_DIRS = ["app", "components", "lib", "server", "inngest", "generated"];
const SOURCE_FILES = ["next.config.js", "package.json", "postcss.config.mjs", "instrumentation.ts", "tsconfig.json"];

function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) if (existsSync(path.join(root, d))) walk(path.join(root, d));
  for (const f of SOURCE_FILES) if (existsSync(path.join(root, f))) newest = Math.max(newest, statSync(path.join(root, f)).mtimeMs);
  return newest;
}

/** `next build` into the bench dist dir unless a build newer than every source file is there. */
export function ensureBuild(log: (m: string) => void): void {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (process.env.BENCH_REBUILD !== "1" && existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceMtime()) {
    log(`using the build in ${distDir}`);
    return;
  }
  log(`building into ${distDir} (next build)…`);
  const started = Date.now();
  const result = spawnSync("npx", ["next", "build"], { cwd: root, env: { ...process.env, FURROW_NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`next build failed (${result.status})`);
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}

export type BenchApp = { baseUrl: string; db: Db; stop: () => Promise<void> };

/** A migrated embedded PostgreSQL, seeded by `seed(db)`, with `next start` serving the bench build. */
export async function startBenchApp(seed: (db: Db) => Promise<void>, log: (m: string) => void): Promise<BenchApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "furrow-bench-http-"));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: "furrow_bench", persistent: false, quiet: true });
  let server: ChildProcess | undefined;
  const db = createDb(pg.url, 4);
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      process.kill(-server.pid!, "SIGTERM");
      const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      // Before the database goes away, so no request is left to log a lost connection.
      if (!stopped) {
        try {
          process.kill(-server.pid!, "SIGKILL");
        } catch {
          // the group is already gone
        }
      }
    }
    await db.$disconnect();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const migrate = spawnSync("npx", ["prisma", "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: pg.url, CHECKPOINT_DISABLE: "1", NODE_OPTIONS: "--require=./prisma/unref-timers.cjs" },
      encoding: "utf8",
    });
    if (migrate.status !== 0) throw new Error(migrate.stderr);
    const seeded = Date.now();
    await seed(db);
    await db.$executeRawUnsafe("ANALYZE");
    log(`database seeded in ${Math.round((Date.now() - seeded) / 1000)} s`);
    const port = await freePort();
    // Own process group, so stopping it also stops the next-server child npx starts.
    server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: pg.url,
        FURROW_NEXT_DIST_DIR: distDir,
        NEXTAUTH_SECRET: "bench-secret-0123456789abcdef",
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        // The storefront alone: background jobs would only add noise to the figures.
        JOBS_ENGINE: "off",
        LOG_LEVEL: "warn",
        NEXT_TELEMETRY_DISABLED: "1",
        // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where the server spends its time.
        NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? "",
      },
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${baseUrl}/api/health`, 60_000);
    return { baseUrl, db, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export type LoadResult = { path: string; requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number; single?: LoadResult };

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);

/** autocannon against one path; latencies are taken from every response (exact p95, which autocannon's summary lacks). */
export async function load(baseUrl: string, urlPath: string, opts: { connections: number; durationSeconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl + urlPath, connections: opts.connections, duration: opts.durationSeconds, timeout: 30 }, (error, res) => (error ? reject(error) : resolve(res)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    path: urlPath,
    requests: latencies.length,
    rps: latencies.length / opts.durationSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Waits until the server has worked off what the previous run left in flight (a closed connection
 * does not stop a render already started): /api/health must answer quickly twice in a row.
 */
export async function drain(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${baseUrl}/api/health`).then((r) => r.text());
    quick = performance.now() - started < 100 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A markdown table of load results with their ratio to the baseline row. */
export function loadTable(rows: LoadResult[], baseline: LoadResult): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
  const lines = [
    "| path | responses | req/s | p50 ms | p95 ms | p99 ms | p95 / baseline | p50 ms at 1 connection | non-2xx |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...[baseline, ...rows].map(
      (r) =>
        `| \`${r.path}\` | ${r.requests} | ${Math.round(r.rps)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${r === baseline ? "1.0×" : `${(r.p95 / baseline.p95).toFixed(1)}×`} | ${r.single ? f(r.single.p50) : "–"} | ${r.non2xx + r.errors} |`,
    ),
  ];
  return lines.join("\n");
}
