// Pure inventory rules: what each movement does to a balance, FEFO allocation, adjustment policy.
import type { AdjustmentReason, MovementKind } from "@/generated/prisma/enums";

export type Deltas = { onHand: number; reserved: number };

/** Balance effect of moving `q` units with a movement kind (ADJUST carries its own sign). */
export function movementDeltas(kind: MovementKind, q: number, stocksDestination = true): Deltas {
  switch (kind) {
    case "RECEIVE":
    case "RETURN":
    case "TRANSFER_IN":
      return { onHand: q, reserved: 0 };
    case "RESERVE":
      return { onHand: 0, reserved: q };
    case "RELEASE":
      return { onHand: 0, reserved: -q };
    case "PICK":
      return { onHand: 0, reserved: 0 };
    case "SHIP":
      return { onHand: -q, reserved: -q };
    case "DELIVER":
      return { onHand: stocksDestination ? q : 0, reserved: 0 };
    case "ADJUST":
      return { onHand: q, reserved: 0 };
    case "WASTE":
    case "TRANSFER_OUT":
      return { onHand: -q, reserved: 0 };
  }
}

/** Reasons that destroy stock are booked as WASTE (feeds the waste KPI); the rest as ADJUST. */
export const WASTE_REASONS: readonly AdjustmentReason[] = ["DAMAGED", "SPOILED", "EXPIRED", "QUALITY_REJECT"];
/** Reasons that can only remove stock. */
export const DECREASE_ONLY_REASONS: readonly AdjustmentReason[] = [...WASTE_REASONS, "THEFT", "SAMPLE"];
/** Reasons that can only add stock. */
export const INCREASE_ONLY_REASONS: readonly AdjustmentReason[] = ["FOUND"];

export function adjustmentMovementKind(reason: AdjustmentReason): "ADJUST" | "WASTE" {
  return WASTE_REASONS.includes(reason) ? "WASTE" : "ADJUST";
}

/** Why a signed delta does not fit the reason, or null when it does. */
export function adjustmentSignProblem(reason: AdjustmentReason, delta: number): string | null {
  if (delta === 0) return "Enter a quantity other than zero.";
  if (delta > 0 && DECREASE_ONLY_REASONS.includes(reason)) return "This reason can only remove stock: enter a negative quantity.";
  if (delta < 0 && INCREASE_ONLY_REASONS.includes(reason)) return "Found stock is added: enter a positive quantity.";
  return null;
}

/** Adjustments moving more units than the hub's threshold wait for a second person. */
export function needsApproval(delta: number, threshold: number): boolean {
  return Math.abs(delta) > threshold;
}

export type FefoCandidate = { balanceId: string; lotId: string; available: number; bestBefore: Date; harvestedAt: Date };
export type FefoTake = { balanceId: string; lotId: string; quantity: number };

/** FEFO order: earliest best-before first, then oldest harvest, then lot id (a total, stable order). */
export function compareFefo(a: FefoCandidate, b: FefoCandidate): number {
  return a.bestBefore.getTime() - b.bestBefore.getTime() || a.harvestedAt.getTime() - b.harvestedAt.getTime() || (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0);
}

/**
 * Takes `quantity` from candidates first-expiry-first-out. Returns the takes, or null when the
 * candidates hold less than asked (all-or-nothing unless allowPartial).
 */
export function allocateFefo(candidates: FefoCandidate[], quantity: number, allowPartial = false): FefoTake[] | null {
  const takes: FefoTake[] = [];
  let remaining = quantity;
  for (const c of [...candidates].sort(compareFefo)) {
    if (remaining === 0) break;
    const take = Math.min(c.available, remaining);
    if (take <= 0) continue;
    takes.push({ balanceId: c.balanceId, lotId: c.lotId, quantity: take });
    remaining -= take;
  }
  if (remaining > 0 && (!allowPartial || takes.length === 0)) return null;
  return takes;
}

/** Short transfer-code suffix from a sequence number: T-000123. */
export function transferCode(sequence: number): string {
  return `T-${String(sequence).padStart(6, "0")}`;
}
