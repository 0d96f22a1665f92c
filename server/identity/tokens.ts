// One-time tokens for invitations and password resets. The raw token leaves only once.
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { parseOrThrow } from "@/lib/validate";
import { recordAudit } from "./audit";
import { ZAcceptInviteInput } from "./schema";

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

function digest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a token valid for seven days and returns it (only its digest is stored). */
export async function issueToken(tx: Tx, userId: string, kind: "INVITE" | "PASSWORD_RESET", now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.userToken.create({ data: { userId, kind, tokenHash: digest(token), expiresAt: new Date(now.getTime() + INVITE_TTL_MS) } });
  return token;
}

/** Sets the password of an invited user and activates the account; the token works once. */
export async function acceptInvite(db: Db, raw: unknown, ip: string, now: Date = new Date()): Promise<{ userId: string; email: string }> {
  const input = parseOrThrow(ZAcceptInviteInput, raw);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // The conditional update claims the token: of two concurrent submits only one matches.
    const claimed = await tx.userToken.updateMany({
      where: { tokenHash: digest(input.token), kind: "INVITE", usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new DomainError("VALIDATION", "This invitation link is invalid or has expired.", { fieldErrors: { token: ["Invalid or expired invitation"] } });
    const token = await tx.userToken.findUniqueOrThrow({ where: { tokenHash: digest(input.token) }, select: { userId: true } });
    const user = await tx.user.update({ where: { id: token.userId }, data: { passwordHash, status: "ACTIVE" }, select: { id: true, email: true } });
    await recordAudit(tx, { actorUserId: user.id, action: "user.invite_accepted", targetType: "user", targetId: user.id, ip });
    return { userId: user.id, email: user.email };
  });
}
