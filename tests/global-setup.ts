// Integration-test harness: one throw-away PostgreSQL per run (or a fresh database on
// DATABASE_URL's server), migrated once into a template that every test file clones.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminQuery } from "../server/testing/admin-query";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../scripts/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const template = `furrow_tpl_${Date.now().toString(36)}`;
  let adminUrl: string;
  let stop = async () => {};
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = "/postgres";
    adminUrl = url.toString();
    await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "furrow-test-pg-"));
    const db = await startEmbeddedPostgres({ dataDir: dir, database: template, persistent: false, quiet: true });
    adminUrl = db.url.replace(`/${template}`, "/postgres");
    stop = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  const migrate = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: templateUrl.toString(), CHECKPOINT_DISABLE: "1", NODE_OPTIONS: "--require=./prisma/unref-timers.cjs" },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", template);
  return async () => {
    if (external) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await stop();
  };
}

