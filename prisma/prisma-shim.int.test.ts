// The wasm schema engine through prisma/pg-shim.ts: `migrate dev` against a database that already
// has tables (and plpgsql functions/triggers from our migrations) must work, twice in a row.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

function migrateDev() {
  return spawnSync("npx", ["prisma", "migrate", "dev", "--skip-generate", "--skip-seed"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: t.url, CHECKPOINT_DISABLE: "1", NODE_OPTIONS: "--require=./prisma/unref-timers.cjs" },
    encoding: "utf8",
    timeout: 90_000,
  });
}

it("runs migrate dev twice on a migrated database without drift or errors", async () => {
  for (let run = 1; run <= 2; run++) {
    const result = migrateDev();
    expect(result.status, `run ${run}: ${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/Already in sync/);
  }
  // The shadow databases were dropped again.
  const shadows = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`;
  expect(shadows[0]!.n).toBe(0);
  // The append-only trigger (a dollar-quoted plpgsql body) survived intact.
  const triggers = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'AuditLog_append_only'`;
  expect(triggers[0]!.n).toBe(1);
});
