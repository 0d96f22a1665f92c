// Reproducibility: a plan run's stored inputs solved again give the same plan.
import { canonicalInputs, solvePlan, type PlanInputs, type PlanResult } from "./model";

/** Solves stored plan inputs again (pure: no database). */
export async function replaySolve(inputs: PlanInputs): Promise<PlanResult> {
  return solvePlan(canonicalInputs(inputs));
}
