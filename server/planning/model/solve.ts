// Solves a week's allocation with HiGHS (wasm): the LP by simplex first; its optimum should be
// integral (see build.ts), which is checked, and the same model is solved as a MIP with integer
// columns only when it is not.
import loadHighs, { type Highs, type ModelData } from "highs";
import { buildLinearModel, type LinearModel } from "./build";
import { evaluateFlows, type Flows } from "./evaluate";
import { networkOf, type Network } from "./network";
import type { PlanInputs, PlanResult } from "./types";

let highs: Promise<Highs> | undefined;

/** The HiGHS runtime, loaded once per process (the wasm module takes ~100 ms to instantiate). */
export function highsRuntime(): Promise<Highs> {
  highs ??= loadHighs();
  return highs;
}

const STATUS_NAMES: Record<number, string> = {
  0: "NOT_SET", 1: "LOAD_ERROR", 2: "MODEL_ERROR", 3: "PRESOLVE_ERROR", 4: "SOLVE_ERROR", 5: "POSTSOLVE_ERROR",
  6: "EMPTY", 7: "OPTIMAL", 8: "INFEASIBLE", 9: "UNBOUNDED_OR_INFEASIBLE", 10: "UNBOUNDED", 11: "OBJECTIVE_BOUND",
  12: "OBJECTIVE_TARGET", 13: "TIME_LIMIT", 14: "ITERATION_LIMIT", 15: "UNKNOWN", 16: "SOLUTION_LIMIT", 17: "INTERRUPTED",
};

export type SolveOptions = { timeLimitSeconds?: number; /** Skip the LP and solve as a MIP (tests of the fallback). */ forceMip?: boolean };

type RawSolve = { status: string; values: Float64Array | null };

function run(h: Highs, lp: LinearModel, integer: boolean, timeLimitSeconds: number): RawSolve {
  const data: ModelData = {
    numCols: lp.numCols,
    numRows: lp.numRows,
    offset: lp.offset,
    colCost: lp.colCost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: lp.rowLower,
    rowUpper: lp.rowUpper,
    matrix: { format: "csc", numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
    ...(integer ? { integrality: new Int32Array(lp.numCols).fill(h.constants.variableType.integer) } : {}),
  };
  return h.withModel(data, (model) => {
    model.options.set({ output_flag: false, time_limit: timeLimitSeconds, random_seed: 0, ...(integer ? {} : { solver: "simplex" as const }) });
    model.run();
    const code = model.getModelStatus();
    const status = STATUS_NAMES[code] ?? `STATUS_${code}`;
    // An empty model (no pools, no minimums) is trivially optimal.
    if (code === h.constants.modelStatus.empty) return { status: "OPTIMAL", values: new Float64Array(lp.numCols) };
    const usable = code === h.constants.modelStatus.optimal || ((code === h.constants.modelStatus.timeLimit || code === h.constants.modelStatus.iterationLimit) && model.info.get("primal_solution_status") === 2);
    return { status, values: usable ? Float64Array.from(model.getSolution().colValue) : null };
  });
}

function isIntegral(values: Float64Array): boolean {
  for (const v of values) if (Math.abs(v - Math.round(v)) > 1e-6) return false;
  return true;
}

/** Column values (rounded to whole units) folded back onto edges, pools and offers. */
function flowsOf(net: Network, lp: LinearModel, values: Float64Array | null): Flows {
  const flows: Flows = { edgeUnits: net.edges.map(() => 0), shortageUnits: net.pools.map((p) => p.units), surplusUnits: net.offers.map(() => 0) };
  if (!values) return flows;
  flows.shortageUnits.fill(0);
  lp.columns.forEach((c, j) => {
    const v = Math.max(0, Math.round(values[j] ?? 0));
    if (c.kind === "shortage") flows.shortageUnits[c.ref] = v;
    else if (c.kind === "surplus") flows.surplusUnits[c.ref] = v;
    else flows.edgeUnits[c.ref]! += v;
  });
  return flows;
}

/** Solves one week's allocation: LP by simplex, MIP only if the LP optimum is fractional. */
export async function solvePlan(inputs: PlanInputs, opts: SolveOptions = {}): Promise<PlanResult> {
  const h = await highsRuntime();
  const started = performance.now();
  const net = networkOf(inputs);
  const lp = buildLinearModel(inputs, net);
  const limit = opts.timeLimitSeconds ?? 120;
  let method: "LP" | "MIP" = "LP";
  let integralLp = false;
  let solved = opts.forceMip ? null : run(h, lp, false, limit);
  if (solved?.values && isIntegral(solved.values)) integralLp = true;
  else {
    method = "MIP";
    solved = run(h, lp, true, limit);
  }
  const solveMs = Math.round(performance.now() - started);
  return evaluateFlows(inputs, net, flowsOf(net, lp, solved.values), { status: solved.status, feasible: solved.values !== null, method, integralLp, solveMs, columns: lp.numCols, rows: lp.numRows });
}
