// The app router: one sub-router per bounded context.
import { createCallerFactory, router } from "./trpc";
import { catalogRouter } from "./catalog/router";
import { jobsRouter } from "./jobs/router";
import { identityRouter } from "./identity/router";
import { inventoryRouter } from "./inventory/router";

export const appRouter = router({
  catalog: catalogRouter,
  identity: identityRouter,
  inventory: inventoryRouter,
  jobs: jobsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
