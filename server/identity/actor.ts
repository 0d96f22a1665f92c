// Who is calling, in which scope: resolved from the session on every request, so a revoked
// role or a deactivated user loses access at once (sessions are JWTs and cannot be recalled).
import type { DbOrTx } from "@/lib/db";
import type { Role } from "@/lib/rbac";

export type SessionClaims = { userId: string; membershipId: string | null };

export type Actor = {
  userId: string;
  email: string;
  name: string;
  membershipId: string;
  role: Role;
  hubId: string;
  hubTimeZone: string;
  hubCurrency: string;
  organisationId: string | null;
};

/** The active membership for the session, or the user's first active one; null when none is usable. */
export async function resolveActor(db: DbOrTx, claims: SessionClaims | null): Promise<Actor | null> {
  if (!claims) return null;
  const memberships = await db.membership.findMany({
    where: { userId: claims.userId, revokedAt: null, user: { status: "ACTIVE" } },
    select: {
      id: true,
      role: true,
      hubId: true,
      organisationId: true,
      hub: { select: { timeZone: true, currency: true } },
      user: { select: { email: true, name: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const active = memberships.find((m) => m.id === claims.membershipId) ?? memberships[0];
  if (!active) return null;
  return {
    userId: claims.userId,
    email: active.user.email,
    name: active.user.name,
    membershipId: active.id,
    role: active.role,
    hubId: active.hubId,
    hubTimeZone: active.hub.timeZone,
    hubCurrency: active.hub.currency,
    organisationId: active.organisationId,
  };
}
