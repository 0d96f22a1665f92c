// Runs the embedded PostgreSQL in its own process group, so Ctrl-C in the terminal reaches the
// app first and the database stops only after the app has shut down. Prints its URL as one JSON
// line on stdout; stops on SIGTERM or when its parent goes away (stdin closes).
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: embedded-db-server <data dir>");

const db = await startEmbeddedPostgres({ dataDir: path.resolve(dataDir), database: "furrow", persistent: true });
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await db.stop();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", () => {}); // only our parent decides when the database stops
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
process.stdout.write(JSON.stringify({ url: db.url, port: db.port }) + "\n");
