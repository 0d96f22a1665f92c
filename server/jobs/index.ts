// Public API of the job layer for inngest/, scripts/ and instrumentation.ts.
export { defineJob, jobsForEvent, cronJobs, debounceFields, debounceKeyFor, JOB_RUN_REQUESTED } from "./define";
export type { AnyJob, JobDebounce, JobDefinition, JobContext, JobEvent, JobTrigger, JobLogger, JobEngineName, JobTriggerKind, StepTools, Jsonified } from "./define";
export { NonRetriableJobError, InvalidJobPayloadError, UnknownJobError } from "./errors";
export { runJob, type RunInput, type RunOutcome } from "./run";
export { createLocalStep } from "./local-step";
export { createJobLogger } from "./logger";
export { jobs, findJob } from "./registry";
export { getActiveEngine, setActiveEngine, type JobEngineHandle } from "./active-engine";
export { nextRunAt } from "./schedule";
export { stopOnSignals } from "./shutdown";
