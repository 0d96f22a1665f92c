// The planning context's public API: plan runs, publishing, crop programs, reproducibility, and the
// read functions the grower portal and shortage handling use.
export { runPlan, previousRunFor, type RunPlanInput, type RunPlanOutcome } from "./run-plan";
export { publishPlan, type PublishOutcome } from "./publish";
export { runCropPrograms, CROP_PROGRAM_WEEKS, type CropProgramRow } from "./crop-programs";
export { replaySolve } from "./replay";
export { planWeekWhenClosed, replanAfterCapacityChange, type TriggerOutcome } from "./triggers";
export { loadPlanInputs } from "./inputs";
export { PLANNING_EVENTS, ZPlanPublishedPayload, ZShortageDetectedPayload, ZWorkPackageIssuedPayload, type PlanPublishedPayload, type ShortageDetectedPayload, type WorkPackageIssuedPayload } from "./events";
export { allocationMatrix, getRun, listRuns, runWorkPackages, workPackageRows, type RunSummary, type WorkPackageRow } from "./queries";
export { capacityVsDemand, type CapacityClusterRow, type CapacitySkuRow } from "./capacity-view";
export { cropPrograms, cropProgramRows, type CropProgramView } from "./crop-queries";
export { acknowledgeWorkPackage, cropProgramsOfCluster, workPackagesOfCluster, workPackagesOfFarm } from "./grower";
export type { PlanInputs, PlanResult } from "./model";
