// Stopping the app stops the engine. Next.js installs its own SIGTERM/SIGINT handlers (they close
// the HTTP server, then exit); ours stops pg-boss gracefully alongside. When nobody else handles
// the signal (NEXT_MANUAL_SIG_HANDLE, or a plain Node process) we re-raise it after stopping, so
// the process still exits the way the signal intends.
import type { JobLogger } from "./define";

/** Stops `engine` on SIGTERM/SIGINT; returns a function that removes the handlers. */
export function stopOnSignals(engine: { stop(): Promise<void> }, logger: JobLogger): () => void {
  const signals: NodeJS.Signals[] = ["SIGTERM", "SIGINT"];
  const handler = (signal: NodeJS.Signals) => {
    remove();
    logger.info(`jobs: ${signal} received, stopping the engine`);
    engine
      .stop()
      .catch((error: unknown) => logger.error("jobs: engine did not stop cleanly", { error: String(error) }))
      .finally(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
  };
  const remove = () => signals.forEach((s) => process.off(s, handler));
  signals.forEach((s) => process.once(s, handler));
  return remove;
}
