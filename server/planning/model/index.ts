// The allocation model: pure inputs -> plan, by HiGHS (LP, MIP fallback) or the greedy baseline.
export { canonicalInputs, inputHash } from "./canonical";
export { deviationOf, movedUnitsOf } from "./evaluate";
export { greedyPlan } from "./greedy";
export { networkOf, offersOf } from "./network";
export { highsRuntime, solvePlan, type SolveOptions } from "./solve";
export { farmWeights, largestRemainder, splitAcrossFarms, type FarmForSplit } from "./split";
export * from "./types";
