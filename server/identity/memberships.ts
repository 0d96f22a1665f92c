// Granting and revoking roles within the caller's hub; every change is audited and emitted.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { ROLE_ORGANISATION_KIND, type Role } from "@/lib/rbac";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { emitEvent } from "../events/outbox";
import { recordAudit } from "./audit";
import { ZGrantRoleInput, ZMembershipRef, type TGrantRoleInput } from "./schema";

/** Checks the organisation fits the role (a grower needs a farm...) and belongs to the hub. */
async function checkScope(tx: Tx, hubId: string, role: Role, organisationId: string | null) {
  const kind = ROLE_ORGANISATION_KIND[role];
  if (kind && !organisationId) throw fieldError("organisationId", `A ${role.toLowerCase().replace(/_/g, " ")} must belong to a ${kind.toLowerCase()} organisation`);
  if (!organisationId) return;
  const org = await tx.organisation.findFirst({ where: { id: organisationId, hubId }, select: { kind: true } });
  if (!org) throw fieldError("organisationId", "This organisation does not exist in your hub");
  if (kind && org.kind !== kind) throw fieldError("organisationId", `Choose a ${kind.toLowerCase()} organisation for this role`);
}

/** Grants (or re-activates) a role to a user of the caller's hub; idempotent for an active grant. */
export async function grantRole(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZGrantRoleInput, raw);
  return inTransaction(ctx.db, async (tx) => {
    // Lock the user row: concurrent grants for one user serialise here.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    const inHub = locked.length > 0 && (await tx.membership.count({ where: { userId: input.userId, hubId: ctx.actor.hubId } })) > 0;
    // Users of other hubs are invisible here: same answer as for a missing user.
    if (!inHub) throw new DomainError("NOT_FOUND", "User not found.");
    return applyGrant(tx, ctx, input);
  });
}

/** The grant itself, inside the caller's transaction (also used by invitations). */
export async function applyGrant(tx: Tx, ctx: ServiceContext, input: TGrantRoleInput) {
  const hubId = ctx.actor.hubId;
  await checkScope(tx, hubId, input.role, input.organisationId);
  const existing = await tx.membership.findFirst({
    where: { userId: input.userId, hubId, role: input.role, organisationId: input.organisationId },
    select: { id: true, revokedAt: true },
  });
  if (existing && !existing.revokedAt) return { membershipId: existing.id, changed: false };
  const membership = existing
    ? await tx.membership.update({ where: { id: existing.id }, data: { revokedAt: null, grantedById: ctx.actor.userId } })
    : await tx.membership.create({ data: { userId: input.userId, hubId, role: input.role, organisationId: input.organisationId, grantedById: ctx.actor.userId } });
  const data = { userId: input.userId, role: input.role, organisationId: input.organisationId };
  await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "membership.granted", targetType: "membership", targetId: membership.id, data, ip: ctx.ip });
  await emitEvent(tx, { name: "identity/membership.granted", hubId, key: `${membership.id}:${ctx.now().toISOString()}`, payload: { membershipId: membership.id, ...data } });
  return { membershipId: membership.id, changed: true };
}

/** Revokes a membership of the caller's hub; an admin cannot remove the hub's last active admin. */
export async function revokeRole(ctx: ServiceContext, raw: unknown) {
  const { membershipId } = parseOrThrow(ZMembershipRef, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; userId: string; role: Role; revokedAt: Date | null }[]>`
      SELECT id, "userId", role::text AS role, "revokedAt" FROM "Membership" WHERE id = ${membershipId} AND "hubId" = ${hubId} FOR UPDATE`;
    const membership = rows[0];
    if (!membership) throw new DomainError("NOT_FOUND", "Membership not found.");
    if (membership.revokedAt) return { membershipId, changed: false };
    if (membership.role === "ADMIN") {
      // Lock the hub's admin rows so two concurrent revocations cannot both pass this check.
      const admins = await tx.$queryRaw<{ id: string }[]>`
        SELECT m.id FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE m."hubId" = ${hubId} AND m.role = 'ADMIN' AND m."revokedAt" IS NULL AND u.status = 'ACTIVE' FOR UPDATE OF m`;
      if (admins.length <= 1) throw new DomainError("INVALID_STATE", "This is the hub's last administrator; grant another admin first.");
    }
    await tx.membership.update({ where: { id: membershipId }, data: { revokedAt: ctx.now() } });
    const data = { userId: membership.userId, role: membership.role };
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "membership.revoked", targetType: "membership", targetId: membershipId, data, ip: ctx.ip });
    await emitEvent(tx, { name: "identity/membership.revoked", hubId, key: `${membershipId}:${ctx.now().toISOString()}`, payload: { membershipId, ...data } });
    return { membershipId, changed: true };
  });
}
