// Next.js start-up hook: starts the job engine of this process. Node runtime only, and through
// dynamic imports so the edge bundle never pulls in pg-boss, pg or Prisma.
export async function register() {
  // The one process.env read outside lib/env: Next.js sets it per runtime, and lib/env (zod) must not load on the edge.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, jobsEngine } = await import("./lib/env");
  const { getActiveEngine, setActiveEngine, stopOnSignals, createJobLogger, jobs } = await import("./server/jobs");
  const logger = createJobLogger("jobs");
  if (getActiveEngine()) return; // already started (dev server re-running register)

  const engine = jobsEngine();
  if (engine === "inngest") {
    const [{ inngest }, { createInngestEngine }] = await Promise.all([import("./inngest/client"), import("./inngest/engine")]);
    setActiveEngine(createInngestEngine(inngest, jobs));
    console.log(`jobs: inngest engine (${jobs.length} jobs served at /api/inngest)`);
    return;
  }
  if (engine !== "local" || !env.DATABASE_URL) {
    console.log(`jobs: no engine in this process (JOBS_ENGINE=${engine}${env.DATABASE_URL ? "" : ", no DATABASE_URL"})`);
    return;
  }
  const { startLocalJobEngine } = await import("./server/jobs/local-engine");
  const { getDb } = await import("./lib/db");
  const local = await startLocalJobEngine({ connectionString: env.DATABASE_URL, jobs, db: getDb(), logger });
  stopOnSignals(local, logger);
  console.log(`jobs: local engine started (${local.jobCount} jobs, ${local.scheduleCount} schedules)`);
}
