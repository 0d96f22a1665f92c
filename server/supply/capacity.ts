// Capacity declarations: a coordinator (their own cluster) or a planner (any) declares or revises
// what a cluster can supply of a SKU in a week. Each change locks the snapshot row, bumps its
// version, appends a CapacityChange and writes supply/capacity.changed in the same transaction.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { addWeeks, isoWeekAt, weeksBetween } from "@/lib/iso-week";
import { can } from "@/lib/rbac";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { emitEvent } from "../events/outbox";
import type { Actor } from "../identity/actor";
import { SUPPLY_EVENTS, type CapacityChangedPayload } from "./events";
import { ZDeclareCapacityBulkInput, ZDeclareCapacityInput } from "./schema";

/** How far ahead capacity may be declared. */
export const MAX_WEEKS_AHEAD = 52;

export type CapacityEntry = { skuId: string; isoWeek: string; units: number; confidence: number; expectedVersion?: number };
export type DeclaredCell = { snapshotId: string; skuId: string; isoWeek: string; units: number; confidence: number; version: number; changed: boolean };

type SnapshotRow = { id: string; units: number; confidence: number; version: number };

/** Coordinators may act only on their own cluster; other roles need supply:capacity (hub-wide). */
export function assertClusterAccess(actor: Actor, clusterId: string): void {
  if (actor.role === "CLUSTER_COORDINATOR") {
    if (actor.organisationId !== clusterId) throw new DomainError("FORBIDDEN", "You can only declare capacity for your own cluster.");
    return;
  }
  if (!can(actor.role, "supply:capacity")) throw new DomainError("FORBIDDEN", "Your role cannot declare capacity.");
}

/** The cluster, checked to be an active CLUSTER of the actor's hub. */
export async function findCluster(tx: Tx, hubId: string, clusterId: string) {
  const cluster = await tx.organisation.findFirst({ where: { id: clusterId, hubId, kind: "CLUSTER" }, select: { id: true, name: true, active: true } });
  if (!cluster) throw new DomainError("NOT_FOUND", "Cluster not found.", { fieldErrors: { clusterId: ["Unknown cluster"] } });
  if (!cluster.active) throw new DomainError("INVALID_STATE", `${cluster.name} is no longer active.`);
  return cluster;
}

/** Field errors for entries the shapes cannot catch: past or too-distant weeks, unknown SKUs, duplicates. */
async function entryProblems(tx: Tx, ctx: ServiceContext, entries: readonly CapacityEntry[], path: (i: number, f: string) => string): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  const current = isoWeekAt(ctx.now(), ctx.actor.hubTimeZone);
  const skus = await tx.sku.findMany({ where: { hubId: ctx.actor.hubId, id: { in: [...new Set(entries.map((e) => e.skuId))] }, active: true }, select: { id: true } });
  const known = new Set(skus.map((s) => s.id));
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const ahead = weeksBetween(current, e.isoWeek);
    if (ahead < 0) add(path(i, "isoWeek"), `Weeks before ${current} can no longer be changed.`);
    else if (ahead > MAX_WEEKS_AHEAD) add(path(i, "isoWeek"), `At most ${MAX_WEEKS_AHEAD} weeks ahead (up to ${addWeeks(current, MAX_WEEKS_AHEAD)}).`);
    if (!known.has(e.skuId)) add(path(i, "skuId"), "Unknown or inactive SKU");
    const key = `${e.skuId}|${e.isoWeek}`;
    if (seen.has(key)) add(path(i, "isoWeek"), "This SKU and week appear twice");
    seen.add(key);
  });
  return errors;
}

/** Locks the snapshot of (cluster, SKU, week), creating it (version 1, the entry's values) when absent. */
async function lockSnapshot(tx: Tx, hubId: string, clusterId: string, e: CapacityEntry, by: { userId: string; reason: string; at: Date }): Promise<{ row: SnapshotRow; created: boolean }> {
  const select = () => tx.$queryRaw<SnapshotRow[]>`
    SELECT id, units, confidence, version FROM "CapacitySnapshot"
    WHERE "clusterId" = ${clusterId} AND "skuId" = ${e.skuId} AND "isoWeek" = ${e.isoWeek} FOR UPDATE`;
  const [existing] = await select();
  if (existing) return { row: existing, created: false };
  // A concurrent first declaration may win the insert: then lock and revise the row it made.
  const [inserted] = await tx.$queryRaw<SnapshotRow[]>`
    INSERT INTO "CapacitySnapshot" (id, "hubId", "clusterId", "skuId", "isoWeek", units, confidence, version, "declaredById", note, "updatedAt")
    VALUES (gen_random_uuid()::text, ${hubId}, ${clusterId}, ${e.skuId}, ${e.isoWeek}, ${e.units}, ${e.confidence}, 1, ${by.userId}, ${by.reason}, ${by.at})
    ON CONFLICT ("clusterId", "skuId", "isoWeek") DO NOTHING
    RETURNING id, units, confidence, version`;
  if (inserted) return { row: inserted, created: true };
  const [raced] = await select();
  return { row: raced!, created: false };
}

/** Applies one entry under the row lock; unchanged values write nothing (so a retry is a no-op). */
async function applyEntry(tx: Tx, ctx: ServiceContext, clusterId: string, e: CapacityEntry, reason: string, at: Date, field: (f: string) => string): Promise<DeclaredCell> {
  const { hubId, userId } = ctx.actor;
  const { row, created } = await lockSnapshot(tx, hubId, clusterId, e, { userId, reason, at });
  const seenVersion = created ? 0 : row.version;
  if (e.expectedVersion !== undefined && e.expectedVersion !== seenVersion) {
    throw new DomainError("CONFLICT", `Someone changed this capacity meanwhile: it is now ${row.units} units (version ${row.version}). Reload and try again.`, {
      fieldErrors: { [field("units")]: [`Changed meanwhile to ${row.units} units`] },
      details: { snapshotId: row.id, units: row.units, confidence: row.confidence, version: row.version },
    });
  }
  const before = created ? null : row;
  if (before && before.units === e.units && before.confidence === e.confidence) {
    return { snapshotId: row.id, skuId: e.skuId, isoWeek: e.isoWeek, units: row.units, confidence: row.confidence, version: row.version, changed: false };
  }
  if (before && reason.length < 3) {
    throw new DomainError("VALIDATION", "Say why the capacity changed.", { fieldErrors: { reason: ["Give a reason for the revision (at least 3 characters)"] } });
  }
  const version = before ? before.version + 1 : 1;
  if (before) {
    await tx.capacitySnapshot.update({ where: { id: row.id }, data: { units: e.units, confidence: e.confidence, version, declaredById: userId, note: reason, updatedAt: at } });
  }
  await tx.capacityChange.create({
    data: { snapshotId: row.id, beforeUnits: before?.units ?? null, afterUnits: e.units, beforeConfidence: before?.confidence ?? null, afterConfidence: e.confidence, actorUserId: userId, reason, createdAt: at },
  });
  const payload: CapacityChangedPayload = { hubId, clusterId, skuId: e.skuId, isoWeek: e.isoWeek, snapshotId: row.id, version, beforeUnits: before?.units ?? null, afterUnits: e.units };
  await emitEvent(tx, { name: SUPPLY_EVENTS.capacityChanged, hubId, key: `${row.id}:v${version}`, payload });
  return { snapshotId: row.id, skuId: e.skuId, isoWeek: e.isoWeek, units: e.units, confidence: e.confidence, version, changed: true };
}

/** Declares or revises one cell of a cluster's capacity. */
export async function declareCapacity(ctx: ServiceContext, raw: unknown): Promise<DeclaredCell> {
  const input = parseOrThrow(ZDeclareCapacityInput, raw);
  assertClusterAccess(ctx.actor, input.clusterId);
  return inTransaction(ctx.db, async (tx) => {
    await findCluster(tx, ctx.actor.hubId, input.clusterId);
    const problems = await entryProblems(tx, ctx, [input], (_, f) => f);
    if (Object.keys(problems).length > 0) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: problems });
    return applyEntry(tx, ctx, input.clusterId, input, input.reason, ctx.now(), (f) => f);
  });
}

/** Declares several cells of one cluster in one transaction (all or nothing), e.g. a SKU over weeks. */
export async function declareCapacityBulk(ctx: ServiceContext, raw: unknown): Promise<{ cells: DeclaredCell[]; changed: number }> {
  const input = parseOrThrow(ZDeclareCapacityBulkInput, raw);
  assertClusterAccess(ctx.actor, input.clusterId);
  return inTransaction(ctx.db, async (tx) => {
    await findCluster(tx, ctx.actor.hubId, input.clusterId);
    const path = (i: number, f: string) => `entries.${i}.${f}`;
    const problems = await entryProblems(tx, ctx, input.entries, path);
    if (Object.keys(problems).length > 0) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: problems });
    // Lock rows in one global order so two bulk edits of overlapping cells cannot deadlock.
    const order = input.entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.skuId.localeCompare(b.e.skuId) || a.e.isoWeek.localeCompare(b.e.isoWeek));
    const at = ctx.now();
    const cells: DeclaredCell[] = new Array(input.entries.length);
    for (const { e, i } of order) cells[i] = await applyEntry(tx, ctx, input.clusterId, e, input.reason, at, (f) => path(i, f));
    return { cells, changed: cells.filter((c) => c.changed).length };
  });
}
