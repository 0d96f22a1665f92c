// A user of one hub or organisation cannot read or change another's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs } from "../testing/caller";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeHub, makeOrganisation, makeUser } from "../testing/factories";

let t: TestDatabase;
let adminA: { userId: string; membershipId: string };
let adminB: { userId: string; membershipId: string };
let victim: Awaited<ReturnType<typeof makeUser>>;
let farmA: string;
let growerA: Awaited<ReturnType<typeof makeUser>>;
let growerB: Awaited<ReturnType<typeof makeUser>>;

const as = (m: { user: { id: string }; membership: { id: string } }) => ({ userId: m.user.id, membershipId: m.membership.id });

beforeAll(async () => {
  t = await createTestDatabase();
  const hubA = await makeHub(t.db, { name: "Hub A" });
  const hubB = await makeHub(t.db, { name: "Hub B" });
  adminA = as(await makeUser(t.db, hubA.id, "ADMIN"));
  await makeUser(t.db, hubA.id, "ADMIN"); // a second admin, so revocations are allowed in A
  adminB = as(await makeUser(t.db, hubB.id, "ADMIN"));
  await makeUser(t.db, hubB.id, "ADMIN");
  victim = await makeUser(t.db, hubA.id, "PLANNER", { email: "planner-a@test.furrow" });
  farmA = (await makeOrganisation(t.db, hubA.id, "FARM")).id;
  growerA = await makeUser(t.db, hubA.id, "GROWER", { organisationId: farmA });
  growerB = await makeUser(t.db, hubA.id, "GROWER");
  await t.db.auditLog.create({ data: { hubId: hubA.id, action: "test.hub_a_only" } });
});
afterAll(() => t.drop());

describe("hub isolation", () => {
  it("lists only the caller's hub users, audit rows and organisations", async () => {
    const b = callerAs(t.db, adminB);
    const users = await b.identity.users.list({ pageSize: 200 });
    expect(users.rows.map((u) => u.email)).not.toContain("planner-a@test.furrow");
    expect(users.total).toBe(2);
    const audit = await b.identity.audit.list({});
    expect(audit.rows.map((r) => r.action)).not.toContain("test.hub_a_only");
    const orgs = await b.identity.organisations.list({ pageSize: 200 });
    expect(orgs.rows.map((o) => o.id)).not.toContain(farmA);
    const a = callerAs(t.db, adminA);
    expect((await a.identity.users.list({ pageSize: 200, filters: { q: "planner-a" } })).total).toBe(1);
  });

  it("cannot grant, revoke, deactivate or invite into another hub's rows", async () => {
    const b = callerAs(t.db, adminB);
    await expect(b.identity.users.grantRole({ userId: victim.user.id, role: "FINANCE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.identity.users.revokeRole({ membershipId: victim.membership.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.identity.users.deactivate({ userId: victim.user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.identity.users.invite({ email: "x@test.furrow", name: "Xavier", role: "GROWER", organisationId: farmA })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const after = await t.db.membership.findUniqueOrThrow({ where: { id: victim.membership.id } });
    expect(after.revokedAt).toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: victim.user.id } })).status).toBe("ACTIVE");
    expect(await t.db.user.count({ where: { email: "x@test.furrow" } })).toBe(0);
  });
});

describe("organisation isolation", () => {
  it("a grower sees only their own farm's team", async () => {
    const a = callerAs(t.db, as(growerA));
    const own = await a.identity.organisations.team({});
    expect(own.organisation?.id).toBe(farmA);
    expect(own.members.map((m) => m.id)).toEqual([growerA.user.id]);
    await expect(callerAs(t.db, as(growerB)).identity.organisations.team({ organisationId: farmA })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
