// Runs a command against Furrow's database: DATABASE_URL when given, otherwise an embedded
// PostgreSQL under .data/ (started here, stopped cleanly when the command exits).
//   tsx scripts/with-db.ts [--prepare | --migrate] -- <command...>
// --prepare applies migrations and seeds demo data when the database is empty; --migrate only migrates.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createInterface } from "node:readline";

type EmbeddedDb = { url: string; port: number; stop: () => Promise<void> };

/** Starts scripts/embedded-db-server.ts detached (own process group) and waits for its URL. */
function startDetachedDb(dir: string): Promise<EmbeddedDb> {
  const server = spawn("npx", ["tsx", path.join(root, "scripts/embedded-db-server.ts"), dir], {
    cwd: root,
    detached: true,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    server.on("exit", (code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
    createInterface({ input: server.stdout! }).once("line", (line) => {
      const { url, port } = JSON.parse(line) as { url: string; port: number };
      resolve({
        url,
        port,
        stop: async () => {
          server.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}

const root = path.resolve(import.meta.dirname, "..");
// FURROW_DATA_DIR lets e2e runs use a throw-away cluster beside the developer's own.
const dataDir = path.resolve(root, process.env.FURROW_DATA_DIR ?? ".data");
const argv = process.argv.slice(2);
const prepare = argv.includes("--prepare");
const migrateOnly = argv.includes("--migrate");
const command = argv.includes("--") ? argv.slice(argv.indexOf("--") + 1) : [];

/** A dev secret that survives restarts, so sessions stay valid; production sets its own. */
function localSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed with ${result.status}`);
}

const stateFile = path.join(dataDir, "postgres.json");

/** When another Furrow process (e.g. `npm run dev`) already runs the embedded cluster, share it. */
async function runningEmbeddedUrl(): Promise<string | undefined> {
  if (!existsSync(stateFile)) return undefined;
  const { url, pid } = JSON.parse(readFileSync(stateFile, "utf8")) as { url: string; pid: number };
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    console.log(`[furrow] using the embedded PostgreSQL of process ${pid}`);
    return url;
  } catch {
    return undefined;
  }
}

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Hub"');
    return rows[0]!.n === 0;
  } finally {
    await client.end();
  }
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let embedded: EmbeddedDb | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) url = await runningEmbeddedUrl();
  if (!url) {
    const started = Date.now();
    embedded = await startDetachedDb(path.join(dataDir, "postgres"));
    url = embedded.url;
    writeFileSync(stateFile, JSON.stringify({ url, pid: process.pid }));
    console.log(`[furrow] embedded PostgreSQL on port ${embedded.port} (${Date.now() - started} ms), data in .data/postgres`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    CHECKPOINT_DISABLE: "1",
    // Next.js leaves SIGINT/SIGTERM to the app, whose handler stops the job engine before exiting.
    NEXT_MANUAL_SIG_HANDLE: "1",
  };
  let stopping = false;
  const stopDb = async () => {
    if (stopping || !embedded) return;
    stopping = true;
    await embedded.stop();
    rmSync(stateFile, { force: true });
    console.log("[furrow] embedded PostgreSQL stopped");
  };
  try {
    if (prepare || migrateOnly) {
      const prismaEnv = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --require=./prisma/unref-timers.cjs`.trim() };
      run("npx", ["prisma", "migrate", "deploy"], prismaEnv);
      if (prepare && (await isEmpty(url))) {
        // The stock story (harvests, best-before dates, alerts) is told as of today, so demo lots
        // look fresh on the day the app is first started; the seed stays deterministic per day.
        const today = `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;
        console.log(`[furrow] empty database: seeding demo data as of ${today.slice(0, 10)}`);
        run("npx", ["tsx", "prisma/seed/index.ts", "--reference", today], env);
      }
    }
  } catch (error) {
    await stopDb();
    throw error;
  }
  if (command.length === 0) return void (await stopDb());

  const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env, cwd: root });
  // Ctrl-C already reaches the child through the terminal's process group; forwarding SIGINT
  // again would interrupt its graceful stop. SIGTERM (from a supervisor) is sent to us only.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  child.on("exit", async (code, signal) => {
    await stopDb();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
