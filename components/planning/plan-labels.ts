// Words, colours and number formats of plan runs.
import type { Tone } from "@/components/ui";

export const RUN_STATUS: Record<string, Tone> = { QUEUED: "neutral", RUNNING: "info", SOLVED: "success", PUBLISHED: "success", FAILED: "danger", SUPERSEDED: "neutral" };
export const RUN_KIND: Record<string, string> = { WEEK: "Plan", REPLAN: "Re-plan", CROP_PROGRAM: "Crop programs" };
export const units = (n: number | null | undefined) => (n == null ? "–" : n.toLocaleString("en-GB"));
export const fillRate = (allocated: number | null, demand: number | null) => (demand ? `${((100 * (allocated ?? 0)) / demand).toFixed(1)}%` : "–");
