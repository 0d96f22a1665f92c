// supply: capacity declarations and the capacity grid (coordinators: own cluster; planners: any),
// grower contracts and transport costs (planners), and the grower portal's work packages.
import { permittedProcedure, router, serviceCtx } from "../trpc";
import { declareCapacity, declareCapacityBulk } from "./capacity";
import { createContract, setTransportCost, updateContract } from "./contracts";
import { acknowledgePackage, capacityVsPlan, myWorkPackages } from "./grower-portal";
import { capacityGrid, capacityHistory, clusterOptions, contractList, transportMatrix } from "./queries";
import { ZCapacityGridQuery, ZContractsQuery, ZCreateContractInput, ZDeclareCapacityBulkInput, ZDeclareCapacityInput, ZSetTransportCostInput, ZSnapshotRef, ZUpdateContractInput, ZCapacityVsPlanQuery, ZWorkPackageRef, ZWorkPackagesQuery } from "./schema";

const capacity = permittedProcedure("supply:capacity");
const contracts = permittedProcedure("supply:contracts");
const grower = permittedProcedure("grower:portal");

export const supplyRouter = router({
  clusters: capacity.query(({ ctx }) => clusterOptions(serviceCtx(ctx))),
  capacityGrid: capacity.input(ZCapacityGridQuery).query(({ ctx, input }) => capacityGrid(serviceCtx(ctx), input)),
  capacityHistory: capacity.input(ZSnapshotRef).query(({ ctx, input }) => capacityHistory(serviceCtx(ctx), input)),
  declareCapacity: capacity.input(ZDeclareCapacityInput).mutation(({ ctx, input }) => declareCapacity(serviceCtx(ctx), input)),
  declareCapacityBulk: capacity.input(ZDeclareCapacityBulkInput).mutation(({ ctx, input }) => declareCapacityBulk(serviceCtx(ctx), input)),
  contracts: contracts.input(ZContractsQuery).query(({ ctx, input }) => contractList(serviceCtx(ctx), input)),
  createContract: contracts.input(ZCreateContractInput).mutation(({ ctx, input }) => createContract(serviceCtx(ctx), input)),
  updateContract: contracts.input(ZUpdateContractInput).mutation(({ ctx, input }) => updateContract(serviceCtx(ctx), input)),
  transportMatrix: contracts.query(({ ctx }) => transportMatrix(serviceCtx(ctx))),
  workPackages: grower.input(ZWorkPackagesQuery).query(({ ctx, input }) => myWorkPackages(serviceCtx(ctx), input)),
  acknowledgeWorkPackage: grower.input(ZWorkPackageRef).mutation(({ ctx, input }) => acknowledgePackage(serviceCtx(ctx), input)),
  capacityVsPlan: permittedProcedure("grower:cluster").input(ZCapacityVsPlanQuery).query(({ ctx, input }) => capacityVsPlan(serviceCtx(ctx), input)),
  setTransportCost: contracts.input(ZSetTransportCostInput).mutation(({ ctx, input }) => setTransportCost(serviceCtx(ctx), input)),
});
