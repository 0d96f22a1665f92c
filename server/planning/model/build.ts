// The linear program of one week, as sparse columns for HiGHS (pure: no solver here).
//
//   min  sum_e cost_e x_e + sum_p pen_p s_p + sum_o price_o u_o  (+ move penalty on re-plans)
//   s.t. sum_{e into p} x_e + s_p = demand_p                      for every pool p
//        min_o <= sum_{e out of o} x_e + u_o <= upper_o            for every offer o (cluster x SKU)
//        x, s, u >= 0, u_o <= min_o
//
// Every x column has one +1 in a pool row and one in an offer row, s and u one entry each: the
// matrix is the incidence matrix of a bipartite graph, totally unimodular, so with whole-unit
// demands and bounds the simplex optimum is integral. Re-plans keep that shape: |x - prev| is
// convex piecewise linear, so an edge with a previous volume prev > 0 becomes two parallel columns,
// "kept" (upper prev, cost - move) and "added" (cost + move), plus the constant move x prev.
import type { Network } from "./network";
import type { PlanInputs } from "./types";

export type ColumnKind = "kept" | "added" | "edge" | "shortage" | "surplus";
/** Column j: its kind and the edge, pool or offer it belongs to. */
export type Column = { kind: ColumnKind; ref: number };

export type LinearModel = {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  columns: Column[];
  /** Constant part of the objective (move penalty of every previous unit, see above). */
  offset: number;
};

const prevKey = (skuId: string, zoneId: string, clusterId: string) => `${skuId}|${zoneId}|${clusterId}`;

/** Builds the LP in CSC form: rows 0..pools-1 are pools, then one row per offer. */
export function buildLinearModel(inputs: PlanInputs, net: Network): LinearModel {
  const move = inputs.previous ? inputs.penalties.movePerUnitMinor : 0;
  const previous = new Map((inputs.previous ?? []).map((p) => [prevKey(p.skuId, p.zoneId, p.clusterId), p.units]));
  const columns: Column[] = [];
  const cost: number[] = [];
  const upper: number[] = [];
  const indices: number[] = [];
  const starts: number[] = [0];
  const poolRows = net.pools.length;
  const push = (column: Column, c: number, u: number, rows: number[]) => {
    columns.push(column);
    cost.push(c);
    upper.push(u);
    indices.push(...rows);
    starts.push(indices.length);
  };
  net.edges.forEach((e, i) => {
    const pool = net.pools[e.pool]!;
    const offer = net.offers[e.offer]!;
    const rows = [e.pool, poolRows + e.offer];
    const cap = Math.min(pool.units, offer.upperUnits);
    const prev = Math.min(previous.get(prevKey(pool.skuId, pool.zoneId, offer.clusterId)) ?? 0, cap);
    if (!inputs.previous) return push({ kind: "edge", ref: i }, e.unitCostMinor, cap, rows);
    if (prev > 0) push({ kind: "kept", ref: i }, e.unitCostMinor - move, prev, rows);
    push({ kind: "added", ref: i }, e.unitCostMinor + move, cap, rows);
  });
  net.pools.forEach((pool, p) => push({ kind: "shortage", ref: p }, net.shortagePenaltyBySku.get(pool.skuId) ?? 0, pool.units, [p]));
  net.offers.forEach((o, i) => {
    if (o.minUnits > 0) push({ kind: "surplus", ref: i }, o.unitPriceMinor, o.minUnits, [poolRows + i]);
  });
  const numRows = poolRows + net.offers.length;
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  net.pools.forEach((p, i) => {
    rowLower[i] = p.units;
    rowUpper[i] = p.units;
  });
  net.offers.forEach((o, i) => {
    rowLower[poolRows + i] = o.minUnits;
    rowUpper[poolRows + i] = o.upperUnits;
  });
  const offset = move * (inputs.previous ?? []).reduce((s, p) => s + p.units, 0);
  return {
    numCols: columns.length,
    numRows,
    colCost: Float64Array.from(cost),
    colLower: new Float64Array(columns.length),
    colUpper: Float64Array.from(upper),
    rowLower,
    rowUpper,
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: new Float64Array(indices.length).fill(1),
    columns,
    offset,
  };
}
