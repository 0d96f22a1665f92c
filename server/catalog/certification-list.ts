// The certifications table (status by the hub's today) and the farms/clusters that can hold one.
import type { Prisma } from "@/generated/prisma/client";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { dateOnlyString, dateOnlyValue, hubToday } from "./dates";
import { certificationStatus, daysBetween, EXPIRING_WITHIN_DAYS, type CertificationStatus } from "./rules";
import { CERTIFICATION_SCHEMES, ZCertificationList } from "./schema";

export type CertificationRow = {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: "FARM" | "CLUSTER";
  scheme: (typeof CERTIFICATION_SCHEMES)[number];
  issuer: string;
  number: string;
  validFrom: string;
  validTo: string;
  status: CertificationStatus;
  /** Days until validTo (negative once expired). */
  daysLeft: number;
  documentName: string | null;
  documentContentType: string | null;
};

const SORTABLE = ["validTo", "validFrom", "number", "scheme", "holder", "createdAt"] as const;

function statusWhere(status: string | undefined, today: string): Prisma.CertificationWhereInput {
  const t = dateOnlyValue(today);
  const soon = new Date(t.getTime() + EXPIRING_WITHIN_DAYS * 86_400_000);
  switch (status) {
    case "EXPIRED": return { validTo: { lt: t } };
    case "EXPIRING": return { validFrom: { lte: t }, validTo: { gte: t, lte: soon } };
    case "VALID": return { validFrom: { lte: t }, validTo: { gt: soon } };
    case "UPCOMING": return { validFrom: { gt: t } };
    default: return {};
  }
}

/** Certificates of the hub's farms and clusters; filters q, scheme, status, organisationId. */
export async function listCertifications(ctx: ServiceContext, raw: unknown): Promise<Page<CertificationRow>> {
  const q = parseOrThrow(ZCertificationList, raw);
  const { skip, take, sort, direction } = pageArgs(q, SORTABLE, { id: "validTo", desc: false });
  const today = hubToday(ctx.now(), ctx.actor.hubTimeZone);
  const search = q.filters.q?.trim();
  const scheme = (CERTIFICATION_SCHEMES as readonly string[]).includes(q.filters.scheme ?? "") ? (q.filters.scheme as CertificationRow["scheme"]) : undefined;
  const where: Prisma.CertificationWhereInput = {
    hubId: ctx.actor.hubId,
    ...(scheme ? { scheme } : {}),
    ...(q.filters.organisationId ? { organisationId: q.filters.organisationId } : {}),
    ...statusWhere(q.filters.status, today),
    ...(search
      ? { OR: [{ number: { contains: search, mode: "insensitive" } }, { issuer: { contains: search, mode: "insensitive" } }, { organisation: { name: { contains: search, mode: "insensitive" } } }] }
      : {}),
  };
  const orderBy: Prisma.CertificationOrderByWithRelationInput = sort.id === "holder" ? { organisation: { name: direction } } : { [sort.id]: direction };
  const [total, rows] = await Promise.all([
    ctx.db.certification.count({ where }),
    ctx.db.certification.findMany({
      where,
      skip,
      take,
      orderBy: [orderBy, { id: "asc" }],
      select: {
        id: true, organisationId: true, scheme: true, issuer: true, number: true, validFrom: true, validTo: true, documentName: true, documentContentType: true,
        organisation: { select: { name: true, kind: true } },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map(({ organisation, validFrom, validTo, ...c }) => {
      const from = dateOnlyString(validFrom);
      const to = dateOnlyString(validTo);
      return { ...c, organisationName: organisation.name, organisationKind: organisation.kind as "FARM" | "CLUSTER", validFrom: from, validTo: to, status: certificationStatus(from, to, today), daysLeft: daysBetween(today, to) };
    }),
  };
}

export type HolderOption = { id: string; name: string; code: string; kind: "FARM" | "CLUSTER" };

/** Farms and clusters of the hub, the organisations a certificate can belong to. */
export async function certificationHolders(ctx: ServiceContext): Promise<HolderOption[]> {
  const rows = await ctx.db.organisation.findMany({
    where: { hubId: ctx.actor.hubId, kind: { in: ["FARM", "CLUSTER"] } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, code: true, kind: true },
  });
  return rows.map((r) => ({ ...r, kind: r.kind as "FARM" | "CLUSTER" }));
}
