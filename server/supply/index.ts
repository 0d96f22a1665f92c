// The supply context's public API: what planning reads (capacity, contracts, transport, farms)
// and the capacity and contract use-cases.
export { SUPPLY_EVENTS, ZCapacityChangedPayload, type CapacityChangedPayload } from "./events";
export { capacityForWeek, contractsForWeek, farmsOfCluster, transportCosts, GROWS_ATTRIBUTE, type CapacityRow, type ContractRow, type FarmOfCluster, type TransportRow } from "./planning-inputs";
export { contractProblems, gridWeeks, seasonsOverlap, unitTransportMinor } from "./rules";
export { assertClusterAccess, declareCapacity, declareCapacityBulk, type DeclaredCell } from "./capacity";
export { createContract, setTransportCost, updateContract, type ContractDto } from "./contracts";
export { capacityGrid, capacityHistory, clusterOptions, contractList, transportMatrix, type CapacityGrid, type GridCell, type GridRow } from "./queries";
