// Crop programs: what each cluster should grow of each SKU in the next 12 weeks. Each week's p50
// forecast is allocated with the week's model (capacity, contracts, lanes); the p90 band on top is
// spread over the clusters by the room they have left, so p90Units says what could be needed.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { addWeeks, isIsoWeek, isoWeekAt } from "@/lib/iso-week";
import { forecastForWeeks, type ForecastBand } from "@/server/demand/forecast";
import type { Actor } from "../identity/actor";
import { skuFacts, supplyForWeek } from "./inputs";
import { canonicalInputs, DEFAULT_PENALTIES, largestRemainder, solvePlan, type PlanInputs } from "./model";

export const CROP_PROGRAM_WEEKS = 12;

export type CropProgramRow = { clusterId: string; skuId: string; isoWeek: string; plannedUnits: number; p50Units: number; p90Units: number };
type WeekInput = { inputs: PlanInputs; p90BySku: Record<string, number> };

/** Inputs of every week: pools from the forecast p50 (rounded), supply as declared for that week. */
async function weekInputs(db: Db, hubId: string, fromWeek: string, bands: ForecastBand[], at: Date): Promise<WeekInput[]> {
  const skuIds = [...new Set(bands.map((b) => b.skuId))];
  const skus = await skuFacts(db, hubId, skuIds, at);
  const out: WeekInput[] = [];
  for (let i = 0; i < CROP_PROGRAM_WEEKS; i++) {
    const isoWeek = addWeeks(fromWeek, i);
    const week = bands.filter((b) => b.isoWeek === isoWeek);
    const supply = await supplyForWeek(db, { hubId, isoWeek });
    const p90BySku: Record<string, number> = {};
    for (const b of week) p90BySku[b.skuId] = (p90BySku[b.skuId] ?? 0) + Math.round(b.p90);
    const pools = week.map((b) => ({ poolId: `${b.skuId}|${b.zoneId}`, skuId: b.skuId, zoneId: b.zoneId, units: Math.round(b.p50) })).filter((p) => p.units > 0);
    out.push({ inputs: canonicalInputs({ version: 1, isoWeek, pools, ...supply, skus, previous: null, penalties: DEFAULT_PENALTIES }), p90BySku });
  }
  return out;
}

/** One week's program rows: planned = the cluster's volume for p50 demand; p90 adds the extra by room left. */
export async function programOfWeek(w: WeekInput): Promise<{ status: string; rows: CropProgramRow[] }> {
  const result = await solvePlan(w.inputs);
  const rows: CropProgramRow[] = [];
  const bySku = new Map<string, typeof result.volumes>();
  for (const v of result.volumes) bySku.set(v.skuId, [...(bySku.get(v.skuId) ?? []), v]);
  for (const [skuId, volumes] of bySku) {
    const p50 = volumes.reduce((s, v) => s + v.allocatedUnits, 0);
    const room = volumes.map((v) => Math.max(0, v.upperUnits - v.allocatedUnits - v.surplusUnits));
    const extra = Math.min(Math.max(0, (w.p90BySku[skuId] ?? 0) - p50), room.reduce((s, x) => s + x, 0));
    const shares = largestRemainder(extra, room);
    volumes.forEach((v, i) => {
      const planned = v.allocatedUnits + v.surplusUnits;
      const p90Units = v.allocatedUnits + Math.min(shares[i]!, room[i]!);
      if (planned === 0 && p90Units === 0) return;
      rows.push({ clusterId: v.clusterId, skuId, isoWeek: w.inputs.isoWeek, plannedUnits: planned, p50Units: v.allocatedUnits, p90Units });
    });
  }
  return { status: result.status, rows };
}

/** Computes crop programs for the 12 weeks from `fromWeek` (default: next week) as a CROP_PROGRAM run. */
export async function runCropPrograms(db: Db, actor: Actor | null, input: { hubId: string; fromWeek?: string; force?: boolean; now?: Date }): Promise<{ runId: string; reused: boolean; rows: number }> {
  if (actor && actor.hubId !== input.hubId) throw new DomainError("FORBIDDEN", "Not your hub.");
  const now = input.now ?? new Date();
  const hub = await db.hub.findUniqueOrThrow({ where: { id: input.hubId }, select: { timeZone: true } });
  const fromWeek = input.fromWeek ?? addWeeks(isoWeekAt(now, hub.timeZone), 1);
  if (!isIsoWeek(fromWeek)) throw new DomainError("VALIDATION", "Not an ISO week.", { fieldErrors: { fromWeek: ["Enter a week such as 2026-W49."] } });
  const bands = await forecastForWeeks(db, { hubId: input.hubId, fromWeek, weeks: CROP_PROGRAM_WEEKS });
  if (bands.length === 0) throw new DomainError("INVALID_STATE", `No forecast covers ${fromWeek} yet: run the forecast first.`);
  const weeks = await weekInputs(db, input.hubId, fromWeek, bands, now);
  const stored = { fromWeek, weeks: weeks.map((w) => ({ ...w.inputs, p90BySku: w.p90BySku })) };
  const hash = createHash("sha256").update(JSON.stringify(stored)).digest("hex");
  if (!input.force) {
    const same = await db.planRun.findFirst({ where: { hubId: input.hubId, kind: "CROP_PROGRAM", isoWeek: fromWeek, inputHash: hash, status: "SOLVED" }, select: { id: true, _count: { select: { cropPrograms: true } } } });
    if (same) return { runId: same.id, reused: true, rows: same._count.cropPrograms };
  }
  const run = await db.planRun.create({
    data: { hubId: input.hubId, isoWeek: fromWeek, kind: "CROP_PROGRAM", status: "RUNNING", trigger: actor ? "planner" : "system", inputs: stored as unknown as object, inputHash: hash, progress: 10, createdById: actor?.userId ?? null },
    select: { id: true },
  });
  try {
    const started = performance.now();
    const rows: CropProgramRow[] = [];
    let solverStatus = "OPTIMAL";
    for (const [i, w] of weeks.entries()) {
      const week = await programOfWeek(w);
      rows.push(...week.rows);
      if (week.status !== "OPTIMAL") solverStatus = week.status;
      await db.planRun.update({ where: { id: run.id }, data: { progress: 10 + Math.round((80 * (i + 1)) / weeks.length), message: `Week ${w.inputs.isoWeek} planned` } });
    }
    await db.$transaction(async (tx) => {
      await tx.cropProgram.createMany({ data: rows.map((r) => ({ ...r, hubId: input.hubId, planRunId: run.id })) });
      await tx.planRun.update({
        where: { id: run.id },
        data: { status: "SOLVED", solverStatus, progress: 100, finishedAt: new Date(), solveMs: Math.round(performance.now() - started), demandUnits: rows.reduce((s, r) => s + r.p50Units, 0), allocatedUnits: rows.reduce((s, r) => s + r.plannedUnits, 0), message: `${rows.length} crop program rows over ${weeks.length} weeks.` },
      });
    });
    return { runId: run.id, reused: false, rows: rows.length };
  } catch (error) {
    await db.planRun.update({ where: { id: run.id }, data: { status: "FAILED", message: (error instanceof Error ? error.message : String(error)).slice(0, 1000), finishedAt: new Date() } });
    throw error;
  }
}
