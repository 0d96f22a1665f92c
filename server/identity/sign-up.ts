// Household self sign-up: a user with a CONSUMER membership in the hub whose storefront they use.
import type { Db } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { emitEvent } from "../events/outbox";
import { recordAudit } from "./audit";
import { ZSignUpInput } from "./schema";
import { parseOrThrow } from "@/lib/validate";

/** Creates the account; the same email twice is a field error and writes nothing. */
export async function signUpConsumer(db: Db, raw: unknown, ip: string): Promise<{ userId: string }> {
  const input = parseOrThrow(ZSignUpInput, raw);
  const hub = input.hubSlug
    ? await db.hub.findUnique({ where: { slug: input.hubSlug }, select: { id: true } })
    : await db.hub.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!hub) throw fieldError("hubSlug", "This hub does not exist");
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw new DomainError("CONFLICT", "An account with this email already exists.", { fieldErrors: { email: ["An account with this email already exists — sign in instead"] } });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, status: "ACTIVE" } });
    const membership = await tx.membership.create({ data: { userId: user.id, hubId: hub.id, role: "CONSUMER" } });
    await recordAudit(tx, { hubId: hub.id, actorUserId: user.id, action: "user.signed_up", targetType: "user", targetId: user.id, ip });
    await emitEvent(tx, { name: "identity/user.signed-up", hubId: hub.id, key: user.id, payload: { userId: user.id, membershipId: membership.id } });
    return { userId: user.id };
  });
}
