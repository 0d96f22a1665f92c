// Read side of supply for the portals: a cluster's capacity grid (SKU rows x week columns) with the
// latest change and who made it, a cell's history, clusters, contracts and the transport matrix.
import { DomainError } from "@/lib/errors";
import { isoWeekAt } from "@/lib/iso-week";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import type { Actor } from "../identity/actor";
import { farmsOfCluster } from "./planning-inputs";
import { gridWeeks } from "./rules";
import { ZCapacityGridQuery, ZContractsQuery, ZSnapshotRef } from "./schema";

export type GridCell = {
  snapshotId: string; units: number; confidence: number; version: number; note: string; updatedAt: Date;
  lastChange: { reason: string; at: Date; by: string | null; beforeUnits: number | null } | null;
};
export type GridRow = { skuId: string; skuCode: string; productName: string; pack: string; cells: (GridCell | null)[] };
export type CapacityGrid = { cluster: { id: string; code: string; name: string }; currentWeek: string; weeks: string[]; rows: GridRow[] };

/** The cluster an actor looks at: a coordinator's own (asking for another is refused), else the one asked for or the first. */
async function clusterFor(ctx: ServiceContext, asked: string | undefined): Promise<string> {
  const { actor } = ctx;
  if (actor.role === "CLUSTER_COORDINATOR" || actor.role === "GROWER") {
    const own = actor.role === "GROWER" ? await farmCluster(ctx, actor) : actor.organisationId;
    if (!own) throw new DomainError("FORBIDDEN", "Your membership is not linked to a cluster.");
    if (asked && asked !== own) throw new DomainError("FORBIDDEN", "You can only see your own cluster.");
    return own;
  }
  if (asked) return asked;
  const first = await ctx.db.organisation.findFirst({ where: { hubId: actor.hubId, kind: "CLUSTER", active: true }, orderBy: { code: "asc" }, select: { id: true } });
  if (!first) throw new DomainError("NOT_FOUND", "This hub has no farm clusters yet.");
  return first.id;
}

async function farmCluster(ctx: ServiceContext, actor: Actor): Promise<string | null> {
  if (!actor.organisationId) return null;
  const farm = await ctx.db.organisation.findFirst({ where: { id: actor.organisationId, hubId: actor.hubId }, select: { parentId: true } });
  return farm?.parentId ?? null;
}

type CellRow = {
  id: string; skuId: string; isoWeek: string; units: number; confidence: number; version: number; note: string; updatedAt: Date;
  reason: string | null; changedAt: Date | null; beforeUnits: number | null; changedBy: string | null;
};

/** A cluster's capacity for `weeks` weeks from `fromWeek` (default: this week), SKU rows by product name. */
export async function capacityGrid(ctx: ServiceContext, raw: unknown): Promise<CapacityGrid> {
  const q = parseOrThrow(ZCapacityGridQuery, raw ?? {});
  const { hubId, hubTimeZone } = ctx.actor;
  const clusterId = await clusterFor(ctx, q.clusterId);
  const cluster = await ctx.db.organisation.findFirst({ where: { id: clusterId, hubId, kind: "CLUSTER" }, select: { id: true, code: true, name: true } });
  if (!cluster) throw new DomainError("NOT_FOUND", "Cluster not found.");
  const currentWeek = isoWeekAt(ctx.now(), hubTimeZone);
  const weeks = gridWeeks(q.fromWeek ?? currentWeek, q.weeks);
  const cells = await ctx.db.$queryRaw<CellRow[]>`
    SELECT s.id, s."skuId", s."isoWeek", s.units, s.confidence, s.version, s.note, s."updatedAt",
           c.reason, c."createdAt" AS "changedAt", c."beforeUnits", u.name AS "changedBy"
    FROM "CapacitySnapshot" s
    LEFT JOIN LATERAL (
      SELECT reason, "createdAt", "beforeUnits", "actorUserId" FROM "CapacityChange" WHERE "snapshotId" = s.id ORDER BY "createdAt" DESC, id DESC LIMIT 1
    ) c ON true
    LEFT JOIN "User" u ON u.id = c."actorUserId"
    WHERE s."hubId" = ${hubId} AND s."clusterId" = ${clusterId} AND s."isoWeek" >= ${weeks[0]!} AND s."isoWeek" <= ${weeks.at(-1)!}`;
  // Rows: SKUs with capacity in the range, plus any the cluster's farms grow (so they can be declared).
  const grown = (await farmsOfCluster(ctx.db, { hubId, clusterId })).flatMap((f) => f.skuIds);
  const skuIds = [...new Set([...cells.map((c) => c.skuId), ...grown])];
  const skus = await ctx.db.sku.findMany({
    where: { hubId, id: { in: skuIds }, active: true },
    select: { id: true, code: true, name: true, product: { select: { name: true } } },
    orderBy: [{ product: { name: "asc" } }, { code: "asc" }],
  });
  const byKey = new Map(cells.map((c) => [`${c.skuId}|${c.isoWeek}`, c]));
  const rows = skus.map((s): GridRow => ({
    skuId: s.id, skuCode: s.code, productName: s.product.name, pack: s.name,
    cells: weeks.map((w) => {
      const c = byKey.get(`${s.id}|${w}`);
      if (!c) return null;
      const lastChange = c.changedAt ? { reason: c.reason ?? "", at: c.changedAt, by: c.changedBy, beforeUnits: c.beforeUnits } : null;
      return { snapshotId: c.id, units: c.units, confidence: c.confidence, version: c.version, note: c.note, updatedAt: c.updatedAt, lastChange };
    }),
  }));
  return { cluster, currentWeek, weeks, rows };
}

/** Every declaration and revision of one capacity cell, newest first. */
export async function capacityHistory(ctx: ServiceContext, raw: unknown) {
  const { snapshotId } = parseOrThrow(ZSnapshotRef, raw);
  const s = await ctx.db.capacitySnapshot.findFirst({
    where: { id: snapshotId, hubId: ctx.actor.hubId },
    select: { id: true, clusterId: true, isoWeek: true, units: true, confidence: true, version: true, sku: { select: { code: true, product: { select: { name: true } } } } },
  });
  if (!s) throw new DomainError("NOT_FOUND", "Capacity not found.");
  await clusterFor(ctx, s.clusterId);
  const changes = await ctx.db.capacityChange.findMany({
    where: { snapshotId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, beforeUnits: true, afterUnits: true, beforeConfidence: true, afterConfidence: true, reason: true, createdAt: true, actorUserId: true },
  });
  const userIds = [...new Set(changes.map((c) => c.actorUserId).filter((x): x is string => !!x))];
  const users = new Map((await ctx.db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    snapshotId: s.id, isoWeek: s.isoWeek, skuCode: s.sku.code, productName: s.sku.product.name, units: s.units, confidence: s.confidence, version: s.version,
    changes: changes.map(({ actorUserId, ...c }) => ({ ...c, by: actorUserId ? (users.get(actorUserId) ?? "Furrow (automatic)") : null })),
  };
}

/** Clusters the actor may look at (a coordinator: their own). */
export async function clusterOptions(ctx: ServiceContext) {
  const { actor } = ctx;
  const own = actor.role === "CLUSTER_COORDINATOR" ? actor.organisationId : null;
  return ctx.db.organisation.findMany({
    where: { hubId: actor.hubId, kind: "CLUSTER", active: true, ...(own ? { id: own } : {}) },
    select: { id: true, code: true, name: true }, orderBy: { code: "asc" },
  });
}

const CONTRACT_SORTS = ["cluster", "sku", "season", "price"] as const;

export type ContractListRow = {
  contractId: string; clusterId: string; clusterName: string; skuId: string; skuCode: string; productName: string; pack: string;
  seasonStartWeek: string; seasonEndWeek: string; unitPriceMinor: number; minWeeklyUnits: number; maxWeeklyUnits: number; active: boolean;
};

/** Contracts of the hub, filterable by cluster, SKU code and activity. */
export async function contractList(ctx: ServiceContext, raw: unknown): Promise<Page<ContractListRow>> {
  const q = parseOrThrow(ZContractsQuery, raw ?? {});
  const { skip, take, sort, direction } = pageArgs(q, CONTRACT_SORTS, { id: "cluster", desc: false });
  const sku = q.filters.sku?.trim();
  const where = {
    hubId: ctx.actor.hubId,
    ...(q.clusterId ? { clusterId: q.clusterId } : {}),
    ...(q.activeOnly ? { active: true } : {}),
    ...(sku ? { sku: { OR: [{ code: { contains: sku, mode: "insensitive" as const } }, { product: { name: { contains: sku, mode: "insensitive" as const } } }] } } : {}),
  };
  const orderBy = {
    cluster: [{ cluster: { code: direction } }, { sku: { code: "asc" as const } }],
    sku: [{ sku: { code: direction } }, { cluster: { code: "asc" as const } }],
    season: [{ seasonStartWeek: direction }, { sku: { code: "asc" as const } }],
    price: [{ unitPriceMinor: direction }, { sku: { code: "asc" as const } }],
  }[sort.id];
  const [rows, total] = await Promise.all([
    ctx.db.growerContract.findMany({
      where, orderBy, skip, take,
      select: {
        id: true, clusterId: true, skuId: true, seasonStartWeek: true, seasonEndWeek: true, unitPriceMinor: true, minWeeklyUnits: true, maxWeeklyUnits: true, active: true,
        cluster: { select: { name: true } }, sku: { select: { code: true, name: true, product: { select: { name: true } } } },
      },
    }),
    ctx.db.growerContract.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ id, cluster, sku: s, ...r }) => ({
      ...r, contractId: id, clusterName: cluster.name, skuCode: s.code, productName: s.product.name, pack: s.name,
    })),
  };
}

/** Per-kg transport cost of every cluster -> zone lane, as a matrix (null where no lane is set). */
export async function transportMatrix(ctx: ServiceContext) {
  const { hubId } = ctx.actor;
  const [clusters, zones, lanes] = await Promise.all([
    ctx.db.organisation.findMany({ where: { hubId, kind: "CLUSTER", active: true }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    ctx.db.deliveryZone.findMany({ where: { hubId, active: true }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    ctx.db.transportCost.findMany({ where: { hubId }, select: { clusterId: true, zoneId: true, perKgMinor: true } }),
  ]);
  const cost = new Map(lanes.map((l) => [`${l.clusterId}|${l.zoneId}`, l.perKgMinor]));
  return { clusters, zones, rows: clusters.map((c) => ({ clusterId: c.id, perKgMinor: zones.map((z) => cost.get(`${c.id}|${z.id}`) ?? null) })) };
}
