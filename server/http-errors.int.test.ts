// Over HTTP (the fetch adapter the route uses): field-level errors, statuses mapped from domain
// codes, and no 500 for any malformed input.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { createTestDatabase, type TestDatabase } from "./testing/db";
import { makeHub, makeUser } from "./testing/factories";
import { createTRPCContext } from "./trpc";

let t: TestDatabase;
let admin: { userId: string; membershipId: string };
let planner: { userId: string; membershipId: string };

beforeAll(async () => {
  t = await createTestDatabase();
  const hub = await makeHub(t.db);
  const a = await makeUser(t.db, hub.id, "ADMIN");
  const p = await makeUser(t.db, hub.id, "PLANNER");
  admin = { userId: a.user.id, membershipId: a.membership.id };
  planner = { userId: p.user.id, membershipId: p.membership.id };
});
afterAll(() => t.drop());

async function post(path: string, body: string, session: { userId: string; membershipId: string } | null, method: "GET" | "POST" = "POST") {
  const req =
    method === "GET"
      ? new Request(`http://test/api/trpc/${path}?input=${encodeURIComponent(body)}`)
      : new Request(`http://test/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => createTRPCContext({ db: t.db, session }) });
  const json = (await res.json()) as { error?: { json: { message: string; data: { fieldErrors: Record<string, string[]> | null; domainCode: string | null } } } };
  return { status: res.status, error: json.error?.json };
}

describe("tRPC over HTTP", () => {
  it("returns 400 with field errors for invalid input", async () => {
    const r = await post("identity.signUp", JSON.stringify({ json: { name: "", email: "x", password: "1", confirmPassword: "2" } }), null);
    expect(r.status).toBe(400);
    expect(r.error?.data.domainCode).toBe("VALIDATION");
    expect(Object.keys(r.error?.data.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "email", "password"]));
  });

  it("maps domain codes to HTTP statuses", async () => {
    expect((await post("identity.users.list", JSON.stringify({ json: {} }), null, "GET")).status).toBe(401);
    expect((await post("identity.users.list", JSON.stringify({ json: {} }), admin, "GET")).status).toBe(200);
    expect((await post("identity.users.invite", JSON.stringify({ json: { email: "a@b.nl", name: "Ab Cd", role: "PLANNER" } }), planner)).status).toBe(403);
    const missing = await post("identity.users.revokeRole", JSON.stringify({ json: { membershipId: "nope" } }), admin);
    expect(missing.status).toBe(404);
    expect(missing.error?.data.domainCode).toBe("NOT_FOUND");
    const self = await post("identity.users.deactivate", JSON.stringify({ json: { userId: admin.userId } }), admin);
    expect(self.status).toBe(409);
  });

  it.each([
    ["not json at all", "{{{"],
    ["null body", "null"],
    ["array", "[1,2,3]"],
    ["wrong types", JSON.stringify({ json: { email: 42, name: ["x"], role: null } })],
    ["huge string", JSON.stringify({ json: { email: "a".repeat(100_000), name: "x", role: "ADMIN" } })],
  ])("never answers 500 to malformed input: %s", async (_label, body) => {
    const r = await post("identity.users.invite", body, admin);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});
