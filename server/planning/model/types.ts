// The allocation model's inputs and outputs. Inputs are plain JSON: a plan run stores them as they
// were read (PlanRun.inputs), and solving them again gives the same plan.

/** Demand of one pool (SKU x zone) for the week, in whole units. */
export type PlanPool = { poolId: string; skuId: string; zoneId: string; units: number };
/** Declared capacity of a cluster for a SKU in the week. */
export type PlanCapacity = { clusterId: string; skuId: string; units: number; confidence: number };
export type PlanContract = { contractId: string; clusterId: string; skuId: string; unitPriceMinor: number; minWeeklyUnits: number; maxWeeklyUnits: number };
/** Transport cost per kg from a cluster to a zone; a missing lane means the cluster cannot serve the zone. */
export type PlanLane = { clusterId: string; zoneId: string; perKgMinor: number };
export type PlanSku = { skuId: string; grossWeightG: number; retailPriceMinor: number };
/** A previous plan's allocation, keyed by SKU x zone x cluster (pool ids may change, these do not). */
export type PlanPrevious = { skuId: string; zoneId: string; clusterId: string; units: number };

export type PlanPenalties = {
  /** Shortage per unit = factor x max(retail price, dearest way to serve + 2 x move) + base. */
  shortageFactor: number;
  shortageBaseMinor: number;
  /** Re-plans: cost per unit of |x - previous| on every pool x cluster pair. */
  movePerUnitMinor: number;
  /** Capacity without a contract is bought at the SKU's dearest contract price plus this premium... */
  spotPremiumPct: number;
  /** ...or, when the SKU has no contract anywhere, at this share of its retail price. */
  spotShareOfRetailPct: number;
};

export const DEFAULT_PENALTIES: PlanPenalties = {
  shortageFactor: 3,
  shortageBaseMinor: 500,
  movePerUnitMinor: 50,
  spotPremiumPct: 25,
  spotShareOfRetailPct: 50,
};

export type PlanInputs = {
  version: 1;
  isoWeek: string;
  pools: PlanPool[];
  capacity: PlanCapacity[];
  contracts: PlanContract[];
  lanes: PlanLane[];
  skus: PlanSku[];
  /** Set for re-plans: moving volume away from it is penalised. */
  previous: PlanPrevious[] | null;
  penalties: PlanPenalties;
};

/** What a cluster can sell of a SKU this week, after contracts and capacity are combined. */
export type Offer = {
  clusterId: string;
  skuId: string;
  contractId: string | null;
  unitPriceMinor: number;
  /** min(declared capacity, contract maximum), whichever exist. */
  upperUnits: number;
  /** The contract minimum clipped to upperUnits, so the model always stays feasible. */
  minUnits: number;
  contractMinUnits: number;
  capacityUnits: number | null;
  confidence: number | null;
};

/** One way to serve a pool: from an offer over a lane. */
export type Edge = { pool: number; offer: number; unitPriceMinor: number; unitTransportMinor: number; unitCostMinor: number };

export type PlanAllocation = { poolId: string; skuId: string; zoneId: string; clusterId: string; units: number; unitPriceMinor: number; unitTransportMinor: number };
export type PlanShortage = { poolId: string; skuId: string; zoneId: string; units: number; penaltyPerUnitMinor: number };
export type PlanSurplus = { clusterId: string; skuId: string; units: number; unitPriceMinor: number };
/** A cluster's volume of a SKU: allocated to pools plus surplus bought to honour a contract minimum. */
export type ClusterVolume = Offer & { allocatedUnits: number; surplusUnits: number };

export type ObjectiveParts = {
  purchaseMinor: number;
  transportMinor: number;
  shortagePenaltyMinor: number;
  movePenaltyMinor: number;
  objectiveMinor: number;
};

export type PlanResult = {
  /** OPTIMAL, or HiGHS's status name when it stopped otherwise. */
  status: string;
  /** Whether the flows come from a solution (false: the solver stopped without one; all is short). */
  feasible: boolean;
  method: "LP" | "MIP" | "GREEDY";
  /** Whether the LP optimum was already integral (expected: the model is a network flow). */
  integralLp: boolean;
  allocations: PlanAllocation[];
  shortages: PlanShortage[];
  surpluses: PlanSurplus[];
  volumes: ClusterVolume[];
  parts: ObjectiveParts;
  demandUnits: number;
  allocatedUnits: number;
  shortageUnits: number;
  surplusUnits: number;
  /** sum |x - previous| / 2 over SKU x zone x cluster, rounded up; null without a previous plan. */
  movedUnits: number | null;
  solveMs: number;
  columns: number;
  rows: number;
};
