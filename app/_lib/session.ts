// Server-side session helpers for pages and layouts: who is signed in, a tRPC caller for them,
// and guards that redirect instead of rendering what the role may not see.
import { headers } from "next/headers";
import { redirect, forbidden } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { can, type Permission } from "@/lib/rbac";
import { authOptions, clientIp } from "@/server/auth";
import { resolveActor, type Actor, type SessionClaims } from "@/server/identity";
import { createCaller } from "@/server/root";
import { createTRPCContext, requestCookieJar } from "@/server/trpc";

export const getClaims = cache(async (): Promise<SessionClaims | null> => {
  // Per-request data: never prerender a page that reads the session.
  await connection();
  const session = await getServerSession(authOptions);
  return session?.userId ? { userId: session.userId, membershipId: session.membershipId } : null;
});

export const getActor = cache(async (): Promise<Actor | null> => {
  const claims = await getClaims();
  return claims ? resolveActor(getDb(), claims) : null;
});

/** The signed-in actor, or a redirect to /login. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** The actor if their role has the permission; otherwise the 403 page. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) forbidden();
  return actor;
}

/** A tRPC caller acting as the signed-in user (server components). */
export async function getCaller() {
  const requestHeaders = await headers();
  const ip = clientIp(requestHeaders);
  // Server components read cookies (the guest cart) but cannot set them.
  return createCaller(createTRPCContext({ db: getDb(), session: await getClaims(), ip, cookies: requestCookieJar(requestHeaders) }));
}
