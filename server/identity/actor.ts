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

type ActorRow = {
  membershipId: string;
  role: Role;
  hubId: string;
  organisationId: string | null;
  timeZone: string;
  currency: string;
  email: string;
  name: string;
};

/** The active membership for the session, or the user's first active one; null when none is usable. */
export async function resolveActor(db: DbOrTx, claims: SessionClaims | null): Promise<Actor | null> {
  if (!claims) return null;
  // One round trip per request: the session's membership if still valid, else the oldest active one.
  const rows = await db.$queryRaw<ActorRow[]>`
    SELECT m.id AS "membershipId", m.role::text AS role, m."hubId", m."organisationId",
           h."timeZone", h.currency, u.email, u.name
    FROM "Membership" m
    JOIN "User" u ON u.id = m."userId"
    JOIN "Hub" h ON h.id = m."hubId"
    WHERE m."userId" = ${claims.userId} AND m."revokedAt" IS NULL AND u.status = 'ACTIVE'
    ORDER BY (m.id = ${claims.membershipId ?? ""}) DESC, m."createdAt" ASC, m.id ASC
    LIMIT 1`;
  const active = rows[0];
  if (!active) return null;
  return {
    userId: claims.userId,
    email: active.email,
    name: active.name,
    membershipId: active.membershipId,
    role: active.role,
    hubId: active.hubId,
    hubTimeZone: active.timeZone,
    hubCurrency: active.currency,
    organisationId: active.organisationId,
  };
}

/** The user id jobs act under; it is not a User row, so it never signs in or holds a membership. */
export const SYSTEM_USER_ID = "system";

/** The actor scheduled jobs (renewals, cutoffs, captures) act as inside one hub. */
export async function systemActor(db: DbOrTx, hubId: string): Promise<Actor> {
  const hub = await db.hub.findUniqueOrThrow({ where: { id: hubId }, select: { id: true, timeZone: true, currency: true } });
  return {
    userId: SYSTEM_USER_ID, email: "system@furrow.invalid", name: "Furrow (automatic)", membershipId: SYSTEM_USER_ID,
    role: "ADMIN", hubId: hub.id, hubTimeZone: hub.timeZone, hubCurrency: hub.currency, organisationId: null,
  };
}
