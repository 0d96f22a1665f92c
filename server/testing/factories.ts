// Test data factories: small, explicit rows for one test, independent of the demo seed.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { ROLE_ORGANISATION_KIND, type Role } from "@/lib/rbac";

const uid = () => randomBytes(4).toString("hex");
export const TEST_PASSWORD = "test-password-2026";
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function makeHub(db: Db, over: Partial<{ slug: string; name: string }> = {}) {
  const slug = over.slug ?? `hub-${uid()}`;
  return db.hub.create({ data: { slug, name: over.name ?? `Hub ${slug}`, timeZone: "Europe/Amsterdam", currency: "EUR", country: "NL" } });
}

export async function makeOrganisation(db: Db, hubId: string, kind: "FARM" | "CLUSTER" | "VENDOR" | "BUYER" | "CARRIER" | "OPERATOR", over: { parentId?: string; name?: string } = {}) {
  const code = `${kind.toLowerCase()}-${uid()}`;
  return db.organisation.create({ data: { hubId, kind, code, name: over.name ?? `${kind} ${code}`, parentId: over.parentId } });
}

/** A user holding `role` in the hub, with an organisation of the right kind when the role needs one. */
export async function makeUser(db: Db, hubId: string, role: Role, over: { email?: string; organisationId?: string | null; status?: "ACTIVE" | "INVITED" | "DEACTIVATED" } = {}) {
  const email = over.email ?? `${role.toLowerCase()}-${uid()}@test.furrow`;
  const kind = ROLE_ORGANISATION_KIND[role];
  const organisationId = over.organisationId !== undefined ? over.organisationId : kind ? (await makeOrganisation(db, hubId, kind)).id : null;
  const user = await db.user.create({ data: { email, name: `Test ${role}`, passwordHash: await passwordHash(), status: over.status ?? "ACTIVE" } });
  const membership = await db.membership.create({ data: { userId: user.id, hubId, role, organisationId } });
  return { user, membership, email, organisationId };
}
