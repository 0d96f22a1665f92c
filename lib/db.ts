// One Prisma client per process, on the pg driver adapter (TOOLCHAIN.md: no native engines).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { requireDatabaseUrl } from "./env";

export type Db = PrismaClient;
/** A Prisma transaction client: what services receive inside `db.$transaction`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
/** Either the root client or a transaction: services accept both. */
export type DbOrTx = Db | Tx;

/** maxWaitMs: how long a transaction may queue for a pooled connection before failing. */
export function createDb(connectionString: string, max = 10, opts: { maxWaitMs?: number; timeoutMs?: number } = {}): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    transactionOptions: { maxWait: opts.maxWaitMs ?? 10_000, timeout: opts.timeoutMs ?? 20_000 },
  });
}

const globalForDb = globalThis as unknown as { furrowDb?: Db };

/** The process-wide client (kept across hot reloads in development). */
export function getDb(): Db {
  globalForDb.furrowDb ??= createDb(requireDatabaseUrl());
  return globalForDb.furrowDb;
}

/** Runs fn in a transaction unless already inside one. */
export async function inTransaction<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if ("$transaction" in db) return (db as Db).$transaction((tx) => fn(tx));
  return fn(db);
}
