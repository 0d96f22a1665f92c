// A throw-away migrated PostgreSQL for benchmarks (embedded, or a fresh database on DATABASE_URL's server).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../lib/db";
import { startEmbeddedPostgres } from "./embedded-postgres";

export async function withBenchDb<T>(fn: (db: Db, url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "furrow-bench-pg-"));
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: "furrow_bench", persistent: false, quiet: true });
  const migrate = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: pg.url, CHECKPOINT_DISABLE: "1", NODE_OPTIONS: "--require=./prisma/unref-timers.cjs" },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(migrate.stderr);
  const db = createDb(pg.url, 10);
  try {
    return await fn(db, pg.url);
  } finally {
    await db.$disconnect();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median of `runs` timings of fn, in ms. */
export async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
