// Email + password authentication with per-account and per-IP throttling kept in PostgreSQL,
// so the limit holds across processes and restarts.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { verifyPassword } from "@/lib/password";
import { recordAudit } from "./audit";
import { ZSignInInput } from "./schema";

// Verified against when the account does not exist, so timing does not reveal which emails exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$h5LzMFSdP65Amu8OEzGliA$oIKkjmDdNN6/XOnv9ZcelKQmLJhvTpYoE/cGPaeY93Y";

export type SignInLimits = { perAccount: number; perIp: number; windowMinutes: number };

function defaultLimits(): SignInLimits {
  return { perAccount: env.SIGNIN_MAX_FAILURES_PER_ACCOUNT, perIp: env.SIGNIN_MAX_FAILURES_PER_IP, windowMinutes: env.SIGNIN_WINDOW_MINUTES };
}

/** Failures in the window for this account and this IP. */
async function recentFailures(db: Db, email: string, ip: string, since: Date) {
  const [account, fromIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return { account, fromIp };
}

/** Checks credentials; returns the user id or throws UNAUTHENTICATED / RATE_LIMITED. Every attempt is recorded. */
export async function authenticate(
  db: Db,
  raw: { email: unknown; password: unknown; ip: string },
  limits: SignInLimits = defaultLimits(),
  now: Date = new Date(),
): Promise<{ userId: string }> {
  const parsed = ZSignInInput.safeParse({ email: raw.email, password: raw.password });
  if (!parsed.success) throw new DomainError("UNAUTHENTICATED", "Enter your email and password.");
  const { email, password } = parsed.data;
  const ip = raw.ip.slice(0, 64);
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const failures = await recentFailures(db, email, ip, since);
  if (failures.account >= limits.perAccount || failures.fromIp >= limits.perIp) {
    await recordAudit(db, { action: "auth.sign_in_blocked", targetType: "email", targetId: email, ip, data: failures });
    throw new DomainError("RATE_LIMITED", `Too many failed sign-ins. Try again in ${limits.windowMinutes} minutes.`);
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, status: true, memberships: { where: { revokedAt: null }, select: { hubId: true }, take: 1, orderBy: { createdAt: "asc" } } },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  const success = Boolean(user && user.passwordHash && ok && user.status === "ACTIVE");
  await db.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email, ip, success, createdAt: now } });
    await recordAudit(tx, {
      hubId: user?.memberships[0]?.hubId ?? null,
      action: success ? "auth.sign_in" : "auth.sign_in_failed",
      actorUserId: success ? user!.id : null,
      targetType: "user",
      targetId: user?.id ?? email,
      ip,
      data: success ? {} : { reason: !user ? "unknown_email" : user.status !== "ACTIVE" ? "inactive" : "bad_password" },
    });
    if (success) await tx.user.update({ where: { id: user!.id }, data: { lastSignInAt: now } });
  });
  if (!success) throw new DomainError("UNAUTHENTICATED", "Email or password is incorrect.");
  return { userId: user!.id };
}
