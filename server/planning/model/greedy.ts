// The greedy baseline the LP is measured against: pools in a fixed order (SKU, zone), each takes
// its cheapest cluster with room first, then the next; contract minimums left unmet afterwards are
// bought as surplus. Priced by the same network, so the cost ratio compares like with like.
import { evaluateFlows } from "./evaluate";
import { networkOf } from "./network";
import type { PlanInputs, PlanResult } from "./types";

/** Greedy allocation of the same inputs (no previous-plan awareness). */
export function greedyPlan(inputs: PlanInputs): PlanResult {
  const started = performance.now();
  const net = networkOf(inputs);
  const used = net.offers.map(() => 0);
  const edgeUnits = net.edges.map(() => 0);
  const order = net.pools.map((_, i) => i).sort((a, b) => (key(net.pools[a]!) < key(net.pools[b]!) ? -1 : 1));
  const shortageUnits = net.pools.map(() => 0);
  for (const p of order) {
    let left = net.pools[p]!.units;
    for (const e of net.edgesByPool[p]!) {
      if (left === 0) break;
      const edge = net.edges[e]!;
      const take = Math.min(left, net.offers[edge.offer]!.upperUnits - used[edge.offer]!);
      if (take <= 0) continue;
      edgeUnits[e] = take;
      used[edge.offer]! += take;
      left -= take;
    }
    shortageUnits[p] = left;
  }
  const surplusUnits = net.offers.map((o, i) => Math.max(0, o.minUnits - used[i]!));
  const solveMs = Math.round(performance.now() - started);
  return evaluateFlows(inputs, net, { edgeUnits, shortageUnits, surplusUnits }, { status: "GREEDY", feasible: true, method: "GREEDY", integralLp: false, solveMs, columns: 0, rows: 0 });
}

const key = (p: { skuId: string; zoneId: string; poolId: string }) => `${p.skuId}\u0000${p.zoneId}\u0000${p.poolId}`;
