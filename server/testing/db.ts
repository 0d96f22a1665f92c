// A fresh, migrated database per test file, cloned from the run's template (~100 ms).
import { randomBytes } from "node:crypto";
import { adminQuery } from "./admin-query";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db";

export type TestDatabase = { db: Db; url: string; drop: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("adminUrl");
  const template = inject("templateDatabase");
  const name = `furrow_t_${randomBytes(5).toString("hex")}`;
  // Cloning needs the template to have no other connections; retry briefly if another file is cloning.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), 20);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.$disconnect();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

