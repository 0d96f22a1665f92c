// The app router: one sub-router per bounded context.
import { createCallerFactory, router } from "./trpc";
import { jobsRouter } from "./jobs/router";
import { identityRouter } from "./identity/router";

export const appRouter = router({
  identity: identityRouter,
  jobs: jobsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
