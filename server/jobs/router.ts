// Jobs page procedures (developer portal): thin, one service call each.
import { permittedProcedure, router, serviceCtx } from "../trpc";
import { listJobRuns, listJobs, outboxOverview, retryDeadLetterEvent, runJobNow } from "./service";
import {
  ZJobList,
  ZJobRunPage,
  ZJobRunsInput,
  ZOutboxInput,
  ZOutboxOverview,
  ZRetryDeadLetterInput,
  ZRunNowInput,
  ZRunNowResult,
} from "./schema";

export const jobsRouter = router({
  list: permittedProcedure("jobs:read").output(ZJobList).query(({ ctx }) => listJobs(serviceCtx(ctx))),
  runs: permittedProcedure("jobs:read")
    .input(ZJobRunsInput)
    .output(ZJobRunPage)
    .query(({ ctx, input }) => listJobRuns(serviceCtx(ctx), input)),
  outbox: permittedProcedure("jobs:read")
    .input(ZOutboxInput)
    .output(ZOutboxOverview)
    .query(({ ctx, input }) => outboxOverview(serviceCtx(ctx), input)),
  runNow: permittedProcedure("jobs:run")
    .input(ZRunNowInput)
    .output(ZRunNowResult)
    .mutation(({ ctx, input }) => runJobNow(serviceCtx(ctx), input)),
  retryDeadLetter: permittedProcedure("jobs:run")
    .input(ZRetryDeadLetterInput)
    .mutation(({ ctx, input }) => retryDeadLetterEvent(serviceCtx(ctx), input)),
});
