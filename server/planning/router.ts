// planning: plan runs (run, publish, progress), the allocation matrix, capacity vs demand, work
// packages and crop programs for the planner portal.
import { permittedProcedure, router, serviceCtx } from "../trpc";
import { capacityVsDemand } from "./capacity-view";
import { cropPrograms } from "./crop-queries";
import { runCropPrograms } from "./crop-programs";
import { publishPlan } from "./publish";
import { allocationMatrix, getRun, listRuns, runWorkPackages } from "./queries";
import { runPlan } from "./run-plan";
import { ZCapacityVsDemandInput, ZCropProgramsInput, ZRunCropProgramsInput, ZRunId, ZRunPlanInput, ZWeekInput, ZWorkPackagesInput } from "./schema";

const portal = permittedProcedure("planning:portal");
const run = permittedProcedure("planning:run");

export const planningRouter = router({
  runs: portal.input(ZWeekInput).query(({ ctx, input }) => listRuns(serviceCtx(ctx), input)),
  run: portal.input(ZRunId).query(({ ctx, input }) => getRun(serviceCtx(ctx), input)),
  allocationMatrix: portal.input(ZRunId).query(({ ctx, input }) => allocationMatrix(serviceCtx(ctx), input)),
  capacityVsDemand: portal.input(ZCapacityVsDemandInput).query(({ ctx, input }) => capacityVsDemand(serviceCtx(ctx), input)),
  workPackages: portal.input(ZWorkPackagesInput).query(({ ctx, input }) => runWorkPackages(serviceCtx(ctx), input)),
  cropPrograms: portal.input(ZCropProgramsInput).query(({ ctx, input }) => cropPrograms(serviceCtx(ctx), input)),
  runPlan: run.input(ZRunPlanInput).mutation(({ ctx, input }) => runPlan(ctx.db, ctx.actor, { ...input, hubId: ctx.actor.hubId, trigger: "planner", now: ctx.now() })),
  publish: run.input(ZRunId).mutation(({ ctx, input }) => publishPlan(serviceCtx(ctx), input)),
  runCropPrograms: run.input(ZRunCropProgramsInput).mutation(({ ctx, input }) => runCropPrograms(ctx.db, ctx.actor, { ...input, hubId: ctx.actor.hubId, now: ctx.now() })),
});
