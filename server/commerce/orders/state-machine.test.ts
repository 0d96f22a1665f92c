// Every pair of statuses for every kind of actor: the allowed moves are exactly the lifecycle of
// issue #4, everything else is refused with a reason; cancellation by customers ends at cutoff.
import { describe, expect, it } from "vitest";
import { ORDER_STATUSES } from "./test-statuses";
import { checkTransition, isEditable, isFinal, nextStatuses, ORDER_PATH, type OrderActorKind } from "./state-machine";
import type { OrderStatus } from "@/generated/prisma/enums";

const before = new Date("2026-11-20T12:00:00Z");
const cutoffAt = new Date("2026-11-22T17:00:00Z");
const after = new Date("2026-11-23T08:00:00Z");

// Expected moves per actor (before cutoff). Staff and system share the operational moves; only staff
// may cancel once an order is confirmed; customers may only cancel a placed order.
const OPS: Partial<Record<OrderStatus, OrderStatus[]>> = {
  PLACED: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["ALLOCATED"],
  ALLOCATED: ["PICKING"],
  PICKING: ["PACKED"],
  PACKED: ["DISPATCHED"],
  DISPATCHED: ["DELIVERED", "PARTIALLY_DELIVERED", "FAILED"],
  DELIVERED: ["CLOSED"],
  PARTIALLY_DELIVERED: ["CLOSED"],
  FAILED: ["DISPATCHED", "CLOSED"],
};
const EXPECTED: Record<OrderActorKind, Partial<Record<OrderStatus, OrderStatus[]>>> = {
  customer: { PLACED: ["CANCELLED"] },
  system: OPS,
  staff: { ...OPS, CONFIRMED: ["ALLOCATED", "CANCELLED"], ALLOCATED: ["PICKING", "CANCELLED"] },
};
const ACTORS: OrderActorKind[] = ["customer", "staff", "system"];

describe("checkTransition: every pair, every actor", () => {
  for (const actor of ACTORS) {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        const allowed = (EXPECTED[actor][from] ?? []).includes(to);
        it(`${actor}: ${from} -> ${to} is ${allowed ? "allowed" : "refused"}`, () => {
          const result = checkTransition({ status: from, cutoffAt }, to, actor, before);
          expect(result.ok).toBe(allowed);
          if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
        });
      }
    }
  }
});

describe("cutoff", () => {
  it("a customer cancels a placed order before cutoff but not at or after it", () => {
    expect(checkTransition({ status: "PLACED", cutoffAt }, "CANCELLED", "customer", before).ok).toBe(true);
    const at = checkTransition({ status: "PLACED", cutoffAt }, "CANCELLED", "customer", cutoffAt);
    expect(at).toMatchObject({ ok: false, code: "CUTOFF_PASSED" });
    expect(checkTransition({ status: "PLACED", cutoffAt }, "CANCELLED", "customer", after)).toMatchObject({ ok: false, code: "CUTOFF_PASSED" });
  });

  it("staff and the system may still cancel an unconfirmed order after cutoff", () => {
    expect(checkTransition({ status: "PLACED", cutoffAt }, "CANCELLED", "staff", after).ok).toBe(true);
    expect(checkTransition({ status: "PLACED", cutoffAt }, "CANCELLED", "system", after).ok).toBe(true);
  });

  it("a customer cannot make operational moves: NOT_PERMITTED, not NOT_ALLOWED", () => {
    expect(checkTransition({ status: "PLACED", cutoffAt }, "CONFIRMED", "customer", before)).toMatchObject({ ok: false, code: "NOT_PERMITTED" });
    expect(checkTransition({ status: "CLOSED", cutoffAt }, "PLACED", "staff", before)).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
  });

  it("orders are editable only while placed and before cutoff", () => {
    expect(isEditable({ status: "PLACED", cutoffAt }, before)).toBe(true);
    expect(isEditable({ status: "PLACED", cutoffAt }, cutoffAt)).toBe(false);
    expect(isEditable({ status: "PLACED", cutoffAt }, after)).toBe(false);
    for (const s of ORDER_STATUSES.filter((x) => x !== "PLACED")) expect(isEditable({ status: s, cutoffAt }, before)).toBe(false);
  });
});

describe("nextStatuses and the path", () => {
  it("lists exactly the expected moves per actor", () => {
    for (const actor of ACTORS) for (const s of ORDER_STATUSES) expect(nextStatuses(s, actor).sort()).toEqual([...(EXPECTED[actor][s] ?? [])].sort());
  });
  it("closed and cancelled are final; the happy path walks one allowed step at a time", () => {
    expect(ORDER_STATUSES.filter(isFinal).sort()).toEqual(["CANCELLED", "CLOSED"]);
    for (let i = 1; i < ORDER_PATH.length; i++) expect(checkTransition({ status: ORDER_PATH[i - 1]!, cutoffAt }, ORDER_PATH[i]!, "system", after).ok).toBe(true);
  });
});
