// Sign-up validation and sign-in throttling against a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { callerAs } from "../testing/caller";
import { fieldErrorsFrom } from "../testing/errors";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeHub, makeUser, TEST_PASSWORD } from "../testing/factories";
import { authenticate } from "./sign-in";

let t: TestDatabase;
let hubSlug: string;
const limits = { perAccount: 3, perIp: 5, windowMinutes: 15 };

beforeAll(async () => {
  t = await createTestDatabase();
  hubSlug = (await makeHub(t.db)).slug;
});
afterAll(() => t.drop());

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return "OK";
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
}

describe("sign-up", () => {
  it("returns field-level errors and writes nothing for bad input", async () => {
    const anon = callerAs(t.db, null);
    const before = await t.db.user.count();
    const error = await anon.identity.signUp({ name: "A", email: "not-an-email", password: "short", confirmPassword: "other", hubSlug }).catch((e) => e);
    expect(error.code).toBe("BAD_REQUEST");
    const fields = fieldErrorsFrom(error);
    expect(Object.keys(fields).sort()).toEqual(["confirmPassword", "email", "name", "password"]);
    expect(fields.password?.join(" ")).toMatch(/at least 12/);
    const mismatch = await anon.identity.signUp({ name: "Anna Bakker", email: "anna@test.furrow", password: "orchard-apples-42", confirmPassword: "orchard-apples-43", hubSlug }).catch((e) => e);
    expect(fieldErrorsFrom(mismatch)).toEqual({ confirmPassword: ["Passwords do not match"] });
    expect(await t.db.user.count()).toBe(before);
    expect(await t.db.outboxEvent.count()).toBe(0);
  });

  it("creates a consumer, then refuses the same email with a field error", async () => {
    const anon = callerAs(t.db, null);
    const input = { name: "Anna Bakker", email: " Anna@Test.Furrow ", password: "orchard-apples-42", confirmPassword: "orchard-apples-42", hubSlug };
    const { userId } = await anon.identity.signUp(input);
    const membership = await t.db.membership.findFirstOrThrow({ where: { userId } });
    expect(membership.role).toBe("CONSUMER");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe("anna@test.furrow");
    expect(await t.db.outboxEvent.count({ where: { name: "identity/user.signed-up" } })).toBe(1);
    const again = await anon.identity.signUp(input).catch((e) => e);
    expect(again.code).toBe("CONFLICT");
    expect(fieldErrorsFrom(again).email?.[0]).toMatch(/already exists/);
    expect(await t.db.user.count({ where: { email: "anna@test.furrow" } })).toBe(1);
  });
});

describe("sign-in", () => {
  it("accepts the right password and audits the sign-in", async () => {
    const hub = await t.db.hub.findUniqueOrThrow({ where: { slug: hubSlug } });
    const { user } = await makeUser(t.db, hub.id, "PLANNER", { email: "ok@test.furrow" });
    const result = await authenticate(t.db, { email: "OK@test.furrow", password: TEST_PASSWORD, ip: "198.51.100.1" }, limits);
    expect(result.userId).toBe(user.id);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in", actorUserId: user.id } });
    expect(audit.hubId).toBe(hub.id);
    expect(audit.ip).toBe("198.51.100.1");
  });

  it("locks an account after N failures, across separate connections (processes)", async () => {
    const hub = await t.db.hub.findUniqueOrThrow({ where: { slug: hubSlug } });
    await makeUser(t.db, hub.id, "FINANCE", { email: "victim@test.furrow" });
    const other = createDb(t.url, 2); // a second "process"
    try {
      for (let i = 0; i < limits.perAccount; i++) {
        const db = i % 2 ? other : t.db;
        expect(await codeOf(authenticate(db, { email: "victim@test.furrow", password: "wrong-password-1", ip: `192.0.2.${i}` }, limits))).toBe("UNAUTHENTICATED");
      }
      // Even the right password is refused while locked, from either connection.
      expect(await codeOf(authenticate(other, { email: "victim@test.furrow", password: TEST_PASSWORD, ip: "192.0.2.99" }, limits))).toBe("RATE_LIMITED");
      expect(await t.db.auditLog.count({ where: { action: "auth.sign_in_blocked", targetId: "victim@test.furrow" } })).toBe(1);
      // After the window passes the account works again.
      const later = new Date(Date.now() + 16 * 60_000);
      expect(await codeOf(authenticate(t.db, { email: "victim@test.furrow", password: TEST_PASSWORD, ip: "192.0.2.99" }, limits, later))).toBe("OK");
    } finally {
      await other.$disconnect();
    }
  });

  it("limits one IP spraying many accounts", async () => {
    const ip = "203.0.113.200";
    for (let i = 0; i < limits.perIp; i++) {
      expect(await codeOf(authenticate(t.db, { email: `nobody${i}@test.furrow`, password: "guess-guess-1", ip }, limits))).toBe("UNAUTHENTICATED");
    }
    expect(await codeOf(authenticate(t.db, { email: "ok@test.furrow", password: TEST_PASSWORD, ip }, limits))).toBe("RATE_LIMITED");
    expect(await codeOf(authenticate(t.db, { email: "ok@test.furrow", password: TEST_PASSWORD, ip: "203.0.113.201" }, limits))).toBe("OK");
  });

  it("refuses deactivated users and unknown emails the same way", async () => {
    const hub = await t.db.hub.findUniqueOrThrow({ where: { slug: hubSlug } });
    await makeUser(t.db, hub.id, "SUPPORT", { email: "gone@test.furrow", status: "DEACTIVATED" });
    expect(await codeOf(authenticate(t.db, { email: "gone@test.furrow", password: TEST_PASSWORD, ip: "198.51.100.9" }, limits))).toBe("UNAUTHENTICATED");
    expect(await codeOf(authenticate(t.db, { email: "ghost@test.furrow", password: TEST_PASSWORD, ip: "198.51.100.9" }, limits))).toBe("UNAUTHENTICATED");
  });
});
