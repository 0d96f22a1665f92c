// User administration within the caller's hub: list, invite, deactivate, reactivate.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { pageArgs, type Page } from "@/lib/paging";
import type { Role } from "@/lib/rbac";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { emitEvent } from "../events/outbox";
import { recordAudit } from "./audit";
import { applyGrant } from "./memberships";
import { ZInviteUserInput, ZUserListInput, ZUserRef } from "./schema";
import { issueToken } from "./tokens";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  status: "INVITED" | "ACTIVE" | "DEACTIVATED";
  lastSignInAt: Date | null;
  createdAt: Date;
  memberships: { id: string; role: Role; organisationId: string | null; organisationName: string | null }[];
};

const SORTABLE = ["name", "email", "status", "createdAt", "lastSignInAt"] as const;

/** Users holding any membership (active or revoked) in the caller's hub. Filters: q, role, status. */
export async function listUsers(ctx: ServiceContext, raw: unknown): Promise<Page<UserRow>> {
  const q = parseOrThrow(ZUserListInput, raw);
  const { skip, take, sort, direction } = pageArgs(q, SORTABLE, { id: "createdAt", desc: true });
  const hubId = ctx.actor.hubId;
  const role = q.filters.role as Role | undefined;
  const status = q.filters.status as UserRow["status"] | undefined;
  const search = q.filters.q?.trim();
  const where = {
    memberships: { some: { hubId, ...(role ? { role, revokedAt: null } : {}) } },
    ...(status && ["INVITED", "ACTIVE", "DEACTIVATED"].includes(status) ? { status } : {}),
    ...(search ? { OR: [{ email: { contains: search, mode: "insensitive" as const } }, { name: { contains: search, mode: "insensitive" as const } }] } : {}),
  };
  const [total, users] = await Promise.all([
    ctx.db.user.count({ where }),
    ctx.db.user.findMany({
      where,
      skip,
      take,
      orderBy: [{ [sort.id]: sort.id === "lastSignInAt" ? { sort: direction, nulls: "last" } : direction }, { id: "asc" }],
      select: {
        id: true,
        email: true,
        name: true,
        status: true,
        lastSignInAt: true,
        createdAt: true,
        memberships: {
          where: { hubId, revokedAt: null },
          select: { id: true, role: true, organisationId: true, organisation: { select: { name: true } } },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
  ]);
  const rows = users.map(({ memberships, ...u }) => ({
    ...u,
    memberships: memberships.map((m) => ({ id: m.id, role: m.role, organisationId: m.organisationId, organisationName: m.organisation?.name ?? null })),
  }));
  return { rows, total };
}

/**
 * Invites a person into the hub with a role. A new email gets an INVITED account and a one-time
 * link to set a password; an existing account simply gains the role.
 */
export async function inviteUser(ctx: ServiceContext, raw: unknown): Promise<{ userId: string; membershipId: string; inviteToken: string | null }> {
  const input = parseOrThrow(ZInviteUserInput, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name, status: "INVITED" } }));
    const grant = await applyGrant(tx, ctx, { userId: user.id, role: input.role, organisationId: input.organisationId });
    const inviteToken = existing ? null : await issueToken(tx, user.id, "INVITE", ctx.now());
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "user.invited", targetType: "user", targetId: user.id, data: { email: input.email, role: input.role, existingAccount: Boolean(existing) }, ip: ctx.ip });
    await emitEvent(tx, { name: "identity/user.invited", hubId, key: `${user.id}:${grant.membershipId}`, payload: { userId: user.id, membershipId: grant.membershipId } });
    return { userId: user.id, membershipId: grant.membershipId, inviteToken };
  });
}

/** Deactivates (no sign-in, no access) or reactivates a user of the caller's hub. */
export async function setUserActive(ctx: ServiceContext, raw: unknown, active: boolean) {
  const { userId } = parseOrThrow(ZUserRef, raw);
  if (!active && userId === ctx.actor.userId) throw new DomainError("INVALID_STATE", "You cannot deactivate your own account.");
  return inTransaction(ctx.db, async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT u.status::text AS status FROM "User" u
      WHERE u.id = ${userId} AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id AND m."hubId" = ${ctx.actor.hubId})
      FOR UPDATE`;
    const current = rows[0];
    if (!current) throw new DomainError("NOT_FOUND", "User not found.");
    const next = active ? "ACTIVE" : "DEACTIVATED";
    if (current.status === next) return { userId, status: next, changed: false };
    if (active && current.status === "INVITED") throw new DomainError("INVALID_STATE", "This user has not accepted the invitation yet.");
    await tx.user.update({ where: { id: userId }, data: { status: next } });
    await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: active ? "user.reactivated" : "user.deactivated", targetType: "user", targetId: userId, ip: ctx.ip });
    return { userId, status: next, changed: true };
  });
}

/** A fresh invitation link for a user who has not accepted yet; earlier links stop working. */
export async function reissueInvite(ctx: ServiceContext, raw: unknown): Promise<{ userId: string; inviteToken: string }> {
  const { userId } = parseOrThrow(ZUserRef, raw);
  return inTransaction(ctx.db, async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT u.status::text AS status FROM "User" u
      WHERE u.id = ${userId} AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id AND m."hubId" = ${ctx.actor.hubId})
      FOR UPDATE`;
    if (!rows[0]) throw new DomainError("NOT_FOUND", "User not found.");
    if (rows[0].status !== "INVITED") throw new DomainError("INVALID_STATE", "This user has already accepted the invitation.");
    await tx.userToken.updateMany({ where: { userId, kind: "INVITE", usedAt: null }, data: { usedAt: ctx.now() } });
    const inviteToken = await issueToken(tx, userId, "INVITE", ctx.now());
    await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "user.invite_reissued", targetType: "user", targetId: userId, ip: ctx.ip });
    return { userId, inviteToken };
  });
}
