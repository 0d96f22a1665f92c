// User administration: invitations, grants and revocations with audit, validation, concurrency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs } from "../testing/caller";
import { fieldErrorsFrom } from "../testing/errors";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeHub, makeOrganisation, makeUser } from "../testing/factories";
import { authenticate } from "./sign-in";

let t: TestDatabase;
let hubId: string;
let admin: { userId: string; membershipId: string };
const as = (m: { user: { id: string }; membership: { id: string } }) => ({ userId: m.user.id, membershipId: m.membership.id });
const snapshot = async () => ({ users: await t.db.user.count(), memberships: await t.db.membership.count(), audit: await t.db.auditLog.count(), outbox: await t.db.outboxEvent.count() });

beforeAll(async () => {
  t = await createTestDatabase();
  hubId = (await makeHub(t.db)).id;
  admin = as(await makeUser(t.db, hubId, "ADMIN"));
});
afterAll(() => t.drop());

describe("bad input", () => {
  it("invite returns field-level errors and writes nothing", async () => {
    const before = await snapshot();
    const caller = callerAs(t.db, admin);
    const bad = await caller.identity.users.invite({ email: "nope", name: "", role: "WIZARD" } as never).catch((e) => e);
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsFrom(bad)).sort()).toEqual(["email", "name", "role"]);
    // A grower without a farm is a field error from the service, after parsing succeeded.
    const noFarm = await caller.identity.users.invite({ email: "g@test.furrow", name: "Greta", role: "GROWER" }).catch((e) => e);
    expect(fieldErrorsFrom(noFarm).organisationId?.[0]).toMatch(/farm/);
    const cluster = await makeOrganisation(t.db, hubId, "CLUSTER");
    const wrongKind = await caller.identity.users.invite({ email: "g@test.furrow", name: "Greta", role: "GROWER", organisationId: cluster.id }).catch((e) => e);
    expect(fieldErrorsFrom(wrongKind).organisationId?.[0]).toMatch(/farm organisation/);
    expect(await snapshot()).toEqual(before);
  });

  it("grant and revoke reject malformed ids without a 500", async () => {
    const caller = callerAs(t.db, admin);
    await expect(caller.identity.users.grantRole({ userId: "", role: "ADMIN" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.identity.users.revokeRole({ membershipId: "does-not-exist" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("invite, grant, revoke", () => {
  it("invites a new person who sets a password once and signs in", async () => {
    const caller = callerAs(t.db, admin);
    const farm = await makeOrganisation(t.db, hubId, "FARM");
    const invited = await caller.identity.users.invite({ email: "Greta@Test.Furrow", name: "Greta de Boer", role: "GROWER", organisationId: farm.id });
    expect(invited.inviteToken).toBeTruthy();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: invited.userId } })).status).toBe("INVITED");
    const anon = callerAs(t.db, null);
    const input = { token: invited.inviteToken!, password: "tomatoes-in-june-7", confirmPassword: "tomatoes-in-june-7" };
    const results = await Promise.allSettled([anon.identity.acceptInvite(input), anon.identity.acceptInvite(input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const ok = await authenticate(t.db, { email: "greta@test.furrow", password: "tomatoes-in-june-7", ip: "1.1.1.1" });
    expect(ok.userId).toBe(invited.userId);
    expect(await t.db.auditLog.count({ where: { action: { in: ["user.invited", "membership.granted", "user.invite_accepted"] }, targetId: { in: [invited.userId, invited.membershipId] } } })).toBe(3);
  });

  it("reissues an invitation: the old link stops working, the new one works once", async () => {
    const caller = callerAs(t.db, admin);
    const invited = await caller.identity.users.invite({ email: "late@test.furrow", name: "Late Larsen", role: "SUPPORT" });
    const fresh = await caller.identity.users.reissueInvite({ userId: invited.userId });
    const anon = callerAs(t.db, null);
    const pw = { password: "second-link-works-9", confirmPassword: "second-link-works-9" };
    await expect(anon.identity.acceptInvite({ token: invited.inviteToken!, ...pw })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await anon.identity.acceptInvite({ token: fresh.inviteToken, ...pw });
    await expect(caller.identity.users.reissueInvite({ userId: invited.userId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.auditLog.count({ where: { action: "user.invite_reissued", targetId: invited.userId } })).toBe(1);
  });

  it("grants and revokes with audit rows and outbox events; revoked access ends at once", async () => {
    const caller = callerAs(t.db, admin);
    const planner = await makeUser(t.db, hubId, "PLANNER");
    const granted = await caller.identity.users.grantRole({ userId: planner.user.id, role: "FINANCE" });
    expect(granted.changed).toBe(true);
    expect((await caller.identity.users.grantRole({ userId: planner.user.id, role: "FINANCE" })).changed).toBe(false);
    const asFinance = callerAs(t.db, { userId: planner.user.id, membershipId: granted.membershipId });
    expect((await asFinance.identity.me()).actor.role).toBe("FINANCE");
    await caller.identity.users.revokeRole({ membershipId: granted.membershipId });
    // The session still names the revoked membership: the caller falls back to the remaining PLANNER role.
    expect((await asFinance.identity.me()).actor.role).toBe("PLANNER");
    const actions = (await t.db.auditLog.findMany({ where: { targetId: granted.membershipId }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["membership.granted", "membership.revoked"]);
    expect(await t.db.outboxEvent.count({ where: { name: { in: ["identity/membership.granted", "identity/membership.revoked"] } } })).toBeGreaterThanOrEqual(2);
    await expect(t.db.auditLog.updateMany({ where: { targetId: granted.membershipId }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it("concurrent grants of the same role create one membership", async () => {
    const caller = callerAs(t.db, admin);
    const u = await makeUser(t.db, hubId, "SUPPORT");
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => caller.identity.users.grantRole({ userId: u.user.id, role: "MARKETING" })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await t.db.membership.count({ where: { userId: u.user.id, role: "MARKETING" } })).toBe(1);
  });

  it("never removes the last administrator, even under concurrent revocations", async () => {
    const hub2 = (await makeHub(t.db)).id;
    const a1 = await makeUser(t.db, hub2, "ADMIN");
    const a2 = await makeUser(t.db, hub2, "ADMIN");
    const c1 = callerAs(t.db, as(a1));
    const c2 = callerAs(t.db, as(a2));
    const results = await Promise.allSettled([c1.identity.users.revokeRole({ membershipId: a2.membership.id }), c2.identity.users.revokeRole({ membershipId: a1.membership.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.membership.count({ where: { hubId: hub2, role: "ADMIN", revokedAt: null } })).toBe(1);
  });

  it("deactivation blocks sign-in and access; self-deactivation is refused", async () => {
    const caller = callerAs(t.db, admin);
    const u = await makeUser(t.db, hubId, "WAREHOUSE");
    await caller.identity.users.deactivate({ userId: u.user.id });
    await expect(callerAs(t.db, as(u)).identity.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(caller.identity.users.deactivate({ userId: admin.userId })).rejects.toMatchObject({ code: "CONFLICT" });
    await caller.identity.users.reactivate({ userId: u.user.id });
    expect((await callerAs(t.db, as(u)).identity.me()).actor.role).toBe("WAREHOUSE");
  });
});
