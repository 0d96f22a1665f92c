// One Prisma client per process, on the pg driver adapter (TOOLCHAIN.md: no native engines).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { requireDatabaseUrl } from "./env";

export type Db = PrismaClient;
/** A Prisma transaction client: what services receive inside `db.$transaction`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
/** Either the root client or a transaction: services accept both. */
export type DbOrTx = Db | Tx;

export function createDb(connectionString: string, max = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForDb = globalThis as unknown as { furrowDb?: Db };

/** The process-wide client (kept across hot reloads in development). */
export function getDb(): Db {
  globalForDb.furrowDb ??= createDb(requireDatabaseUrl());
  return globalForDb.furrowDb;
}

/** Runs fn in a transaction unless already inside one. */
export async function inTransaction<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if ("$transaction" in db) return (db as Db).$transaction((tx) => fn(tx), { timeout: 20_000, maxWait: 10_000 });
  return fn(db);
}
