// Read models: the caller's own memberships (context switcher), organisations, audit log.
import type { DbOrTx } from "@/lib/db";
import { pageArgs, type Page } from "@/lib/paging";
import type { Role } from "@/lib/rbac";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { ZAuditListInput, ZOrganisationListInput } from "./schema";

export type MembershipOption = { id: string; role: Role; hubId: string; hubName: string; organisationId: string | null; organisationName: string | null };

/** Every active membership of a user, across hubs, for the top-bar switcher. */
export async function listMyMemberships(db: DbOrTx, userId: string): Promise<MembershipOption[]> {
  const rows = await db.membership.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, hubId: true, organisationId: true, hub: { select: { name: true } }, organisation: { select: { name: true } } },
  });
  return rows.map((m) => ({ id: m.id, role: m.role, hubId: m.hubId, hubName: m.hub.name, organisationId: m.organisationId, organisationName: m.organisation?.name ?? null }));
}

const ORG_SORTABLE = ["name", "code", "kind", "createdAt"] as const;
type OrgKind = "FARM" | "CLUSTER" | "VENDOR" | "BUYER" | "CARRIER" | "OPERATOR";

/** Organisations of the caller's hub; filters: q (name/code), kind. */
export async function listOrganisations(ctx: ServiceContext, raw: unknown) {
  const q = parseOrThrow(ZOrganisationListInput, raw);
  const { skip, take, sort, direction } = pageArgs(q, ORG_SORTABLE, { id: "name", desc: false });
  const kind = q.filters.kind as OrgKind | undefined;
  const search = q.filters.q?.trim();
  const where = {
    hubId: ctx.actor.hubId,
    ...(kind && ["FARM", "CLUSTER", "VENDOR", "BUYER", "CARRIER", "OPERATOR"].includes(kind) ? { kind } : {}),
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" as const } }, { code: { contains: search, mode: "insensitive" as const } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    ctx.db.organisation.count({ where }),
    ctx.db.organisation.findMany({
      where,
      skip,
      take,
      orderBy: [{ [sort.id]: direction }, { id: "asc" }],
      select: { id: true, code: true, name: true, kind: true, active: true, parent: { select: { name: true } } },
    }),
  ]);
  return { total, rows: rows.map(({ parent, ...o }) => ({ ...o, parentName: parent?.name ?? null })) };
}

export type AuditRow = { id: string; action: string; actorEmail: string | null; targetType: string | null; targetId: string | null; data: unknown; ip: string | null; createdAt: Date };

/** The hub's audit trail, newest first; filters: action (prefix), actor (email contains). */
export async function listAuditLog(ctx: ServiceContext, raw: unknown): Promise<Page<AuditRow>> {
  const q = parseOrThrow(ZAuditListInput, raw);
  const { skip, take, direction } = pageArgs(q, ["createdAt"] as const, { id: "createdAt", desc: true });
  const actor = q.filters.actor?.trim();
  const actorIds = actor
    ? (await ctx.db.user.findMany({ where: { email: { contains: actor, mode: "insensitive" } }, select: { id: true }, take: 500 })).map((u) => u.id)
    : undefined;
  const where = {
    hubId: ctx.actor.hubId,
    ...(q.filters.action ? { action: { startsWith: q.filters.action } } : {}),
    ...(actorIds ? { actorUserId: { in: actorIds } } : {}),
  };
  const [total, rows] = await Promise.all([
    ctx.db.auditLog.count({ where }),
    ctx.db.auditLog.findMany({ where, skip, take, orderBy: [{ createdAt: direction }, { id: direction }] }),
  ]);
  const emails = new Map(
    (await ctx.db.user.findMany({ where: { id: { in: rows.map((r) => r.actorUserId).filter((x): x is string => Boolean(x)) } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]),
  );
  return {
    total,
    rows: rows.map((r) => ({ id: r.id.toString(), action: r.action, actorEmail: r.actorUserId ? (emails.get(r.actorUserId) ?? null) : null, targetType: r.targetType, targetId: r.targetId, data: r.data, ip: r.ip, createdAt: r.createdAt })),
  };
}

/** Headline counts of the caller's hub (dashboard KPI cards for staff). */
export async function hubSummary(ctx: ServiceContext) {
  const hubId = ctx.actor.hubId;
  const orgCounts = await ctx.db.organisation.groupBy({ by: ["kind"], where: { hubId, active: true }, _count: { _all: true } });
  const byKind = Object.fromEntries(orgCounts.map((c) => [c.kind, c._count._all])) as Partial<Record<OrgKind, number>>;
  const [households, vehicles, drivers, locations, facilitiesArea] = await Promise.all([
    ctx.db.membership.count({ where: { hubId, role: "CONSUMER", revokedAt: null } }),
    ctx.db.vehicle.count({ where: { hubId, active: true } }),
    ctx.db.driver.count({ where: { hubId, active: true } }),
    ctx.db.location.count({ where: { hubId, active: true, kind: { in: ["PACKHOUSE", "WAREHOUSE", "DEPOT"] } } }),
    ctx.db.facility.aggregate({ where: { hubId }, _sum: { areaM2: true } }),
  ]);
  return {
    clusters: byKind.CLUSTER ?? 0,
    farms: byKind.FARM ?? 0,
    retailers: byKind.BUYER ?? 0,
    vendors: byKind.VENDOR ?? 0,
    households,
    vehicles,
    drivers,
    locations,
    growingAreaM2: facilitiesArea._sum.areaM2 ?? 0,
  };
}
