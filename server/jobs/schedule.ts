// Next fire time of a cron trigger, for the Jobs page. cron-parser is the parser pg-boss itself
// uses (a dependency of pg-boss, so both agree on what a schedule means).
import cronParser from "cron-parser";
import type { JobTrigger } from "./define";

/** When a cron trigger next fires after `from`; null for event triggers or an unparsable cron. */
export function nextRunAt(trigger: JobTrigger, from: Date = new Date()): Date | null {
  if (!("cron" in trigger)) return null;
  try {
    return cronParser.parseExpression(trigger.cron, { tz: trigger.timezone ?? "UTC", currentDate: from }).next().toDate();
  } catch {
    return null;
  }
}
