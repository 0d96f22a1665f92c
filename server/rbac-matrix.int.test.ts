// Calls every tRPC procedure as every role and as nobody; allow/deny must match the permission
// matrix. A procedure without an access decision (meta.access) fails the suite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, can, type Permission, type Role } from "@/lib/rbac";
import { appRouter } from "./root";
import { callerAs } from "./testing/caller";
import { createTestDatabase, type TestDatabase } from "./testing/db";
import { makeHub, makeUser } from "./testing/factories";
import type { Access } from "./trpc";

type AnyProcedure = { _def: { meta?: { access?: Access }; type: string } };
// At runtime _def.procedures is flat, keyed by dotted path.
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();

function accessOf(path: string): Access | undefined {
  return procedures[path]!._def.meta?.access;
}

function expectedAllowed(access: Access, role: Role | null): boolean {
  if (access === "public") return true;
  if (role === null) return false;
  return access === "authed" ? true : can(role, access as Permission);
}

async function call(caller: unknown, path: string): Promise<string> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  try {
    await fn(undefined);
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? "THROWN";
  }
}

let t: TestDatabase;
const members = new Map<Role, { userId: string; membershipId: string }>();

beforeAll(async () => {
  t = await createTestDatabase();
  const hub = await makeHub(t.db);
  for (const role of ROLES) {
    const { user, membership } = await makeUser(t.db, hub.id, role);
    members.set(role, { userId: user.id, membershipId: membership.id });
  }
});
afterAll(() => t.drop());

describe("RBAC matrix", () => {
  it("covers a non-trivial router", () => {
    expect(paths.length).toBeGreaterThanOrEqual(10);
  });

  it("every procedure declares who may call it", () => {
    const undecided = paths.filter((p) => {
      const access = accessOf(p);
      return !(access === "public" || access === "authed" || (PERMISSIONS as readonly string[]).includes(access as string));
    });
    expect(undecided).toEqual([]);
  });

  it.each(paths)("%s: allow/deny per role matches the matrix", async (path) => {
    const access = accessOf(path)!;
    const mismatches: string[] = [];
    for (const role of [null, ...ROLES] as (Role | null)[]) {
      const caller = callerAs(t.db, role ? members.get(role)! : null);
      const outcome = await call(caller, path);
      const denied = outcome === "UNAUTHORIZED" || outcome === "FORBIDDEN";
      const allowed = expectedAllowed(access, role);
      if (allowed === denied) mismatches.push(`${role ?? "anonymous"}: expected ${allowed ? "allow" : "deny"}, got ${outcome}`);
      if (!allowed && role === null && outcome !== "UNAUTHORIZED") mismatches.push(`anonymous: expected UNAUTHORIZED, got ${outcome}`);
      if (outcome === "INTERNAL_SERVER_ERROR") mismatches.push(`${role ?? "anonymous"}: 500 on bad input`);
    }
    expect(mismatches).toEqual([]);
  });
});
