// An organisation's people: a farm's, shop's or retailer's own team; staff may look at any in their hub.
import { DomainError } from "@/lib/errors";
import { can } from "@/lib/rbac";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { ZTeamInput } from "./schema";

/** Members of the caller's organisation (or, for staff with organisations:read, of one in their hub). */
export async function listTeam(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZTeamInput, raw ?? {});
  const organisationId = input.organisationId ?? ctx.actor.organisationId;
  if (!organisationId) return { organisation: null, members: [] };
  if (organisationId !== ctx.actor.organisationId && !can(ctx.actor.role, "organisations:read")) {
    throw new DomainError("FORBIDDEN", "You can only see your own organisation.");
  }
  const organisation = await ctx.db.organisation.findFirst({
    where: { id: organisationId, hubId: ctx.actor.hubId },
    select: { id: true, code: true, name: true, kind: true },
  });
  if (!organisation) throw new DomainError("NOT_FOUND", "Organisation not found.");
  const members = await ctx.db.membership.findMany({
    where: { organisationId, hubId: ctx.actor.hubId, revokedAt: null, user: { status: { not: "DEACTIVATED" } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, user: { select: { id: true, name: true, email: true, status: true } } },
  });
  return { organisation, members: members.map((m) => ({ membershipId: m.id, role: m.role, ...m.user })) };
}
