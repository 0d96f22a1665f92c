// Prisma CLI on the wasm schema engine through the pg driver adapter (TOOLCHAIN.md).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaSchemaEngineClient } from "./prisma/pg-shim";

// `prisma generate` validates env("DATABASE_URL") even though it never connects.
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@localhost:5432/furrow";

function adapterConfig() {
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/furrow");
  // Separate fields, not a connection string: with a string `migrate dev` would use the
  // main database as its shadow database.
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    allowExitOnIdle: true,
    Client: PrismaSchemaEngineClient,
  };
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed/index.ts" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg(adapterConfig()),
});
