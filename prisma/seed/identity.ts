// The hub and the named demo users with their memberships. Demo users are looked up by email
// and organisations by code after inserting, so a rerun (or an account that already existed)
// reuses what is there instead of failing on foreign keys.
import { hashPassword } from "@/lib/password";
import { addressIn, TOWNS } from "./geo";
import { HUB } from "./ids";
import { DEMO_EXTRA_MEMBERSHIPS, DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { shiftsFor } from "./fleet";
import { rngFor } from "./random";
import { put, type SeedCtx } from "./write";
import type { DbOrTx } from "@/lib/db";

/** Creates the demo hub once; a rerun returns the existing one untouched. */
export async function ensureHub(db: DbOrTx): Promise<{ id: string; created: boolean }> {
  const existing = await db.hub.findUnique({ where: { slug: HUB.slug }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const hub = await db.hub.upsert({ where: { slug: HUB.slug }, create: { ...HUB }, update: {}, select: { id: true } });
  return { id: hub.id, created: true };
}

const slug = (s: string) => s.toLowerCase().replaceAll("_", "-");

export async function seedDemoUsers(ctx: SeedCtx): Promise<void> {
  const { db, hubId } = ctx;
  const emails = DEMO_USERS.map((u) => u.email);
  const existing = await db.user.count({ where: { email: { in: emails } } });
  // argon2id costs ~50 ms: hash once, and only when some demo user is still missing
  // (rows already there keep their hash, so a rerun changes nothing).
  const passwordHash = existing < emails.length ? await hashPassword(DEMO_PASSWORD) : null;
  if (passwordHash) {
    await put(ctx, "user", DEMO_USERS.map((u) => ({ id: `usr_demo_${slug(u.role)}`, email: u.email, name: u.name, passwordHash })));
  } else {
    ctx.planned.user += emails.length;
  }

  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const userId = new Map(users.map((u) => [u.email, u.id]));
  const codes = [...DEMO_USERS, ...DEMO_EXTRA_MEMBERSHIPS].flatMap((m) => (m.organisationCode ? [m.organisationCode] : []));
  const orgs = await db.organisation.findMany({ where: { hubId, code: { in: codes } }, select: { id: true, code: true } });
  const orgId = new Map(orgs.map((o) => [o.code, o.id]));
  const resolve = (email: string, code: string | null) => {
    const uid = userId.get(email);
    const oid = code ? orgId.get(code) : null;
    if (!uid || oid === undefined) throw new Error(`demo membership for ${email}: missing user or organisation ${code}`);
    return { userId: uid, organisationId: oid };
  };

  await put(ctx, "membership", [
    ...DEMO_USERS.map((u) => ({ id: `mem_demo_${slug(u.role)}`, hubId, role: u.role, ...resolve(u.email, u.organisationCode) })),
    ...DEMO_EXTRA_MEMBERSHIPS.map((m) => ({
      id: `mem_demo_${slug(m.email.split("@")[0]!)}_${slug(m.role)}`, hubId, role: m.role, ...resolve(m.email, m.organisationCode),
    })),
  ]);

  const consumer = DEMO_USERS.find((u) => u.role === "CONSUMER")!;
  const rng = rngFor("demo", "consumer");
  const home = addressIn(rng, TOWNS[0]!, "residential", 1.2);
  await put(ctx, "address", [{
    id: "adr_demo_consumer", hubId, userId: resolve(consumer.email, null).userId, label: "Home", line1: home.line1,
    city: home.city, postcode: home.postcode, country: "NL", latitude: home.latitude, longitude: home.longitude, isDefault: true,
  }]);

  // The demo driver needs a Driver row too, or the driver portal has nothing to show.
  const driver = DEMO_USERS.find((u) => u.role === "DRIVER")!;
  const scope = resolve(driver.email, driver.organisationCode);
  const drng = rngFor("demo", "driver");
  await put(ctx, "driver", [{
    id: "drv_demo", hubId, userId: scope.userId, carrierId: scope.organisationId,
    licenceNumber: `5${drng.int(100_000_000, 999_999_999)}`, shifts: shiftsFor(drng),
  }]);
}
