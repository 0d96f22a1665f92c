// A small leveled console logger for the job layer (lib/ has no logger yet); Inngest runs use ctx.logger instead.
import { env } from "@/lib/env";
import type { JobLogger } from "./define";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = keyof typeof LEVELS;

/** A console logger that drops messages below `level` (LOG_LEVEL by default). */
export function createJobLogger(scope = "jobs", level: Level = env.LOG_LEVEL): JobLogger {
  const at = (l: Exclude<Level, "silent">) => (message: string, data?: Record<string, unknown>) => {
    if (LEVELS[l] < LEVELS[level]) return;
    const line = `[${scope}] ${message}`;
    const out = l === "error" ? console.error : l === "warn" ? console.warn : console.log;
    if (data) out(line, data);
    else out(line);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
