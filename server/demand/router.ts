// demand: the planner portal's pools (and, beside them, forecasting as its own sub-router).
import { ZTableQuery } from "@/lib/paging";
import { permittedProcedure, router, serviceCtx } from "../trpc";
import { forecastRouter } from "./forecast/router";
import { closeWeekNow, listPools, refreshWeek, weekSummary } from "./pools";
import { ZCloseWeek, ZPoolWeek } from "./pools/schema";

const read = permittedProcedure("planning:portal");
const run = permittedProcedure("planning:run");

export const poolsRouter = router({
  list: read.input(ZTableQuery).query(({ ctx, input }) => listPools(serviceCtx(ctx), input)),
  week: read.input(ZPoolWeek).query(({ ctx, input }) => weekSummary(serviceCtx(ctx), input)),
  refresh: run.input(ZPoolWeek).mutation(({ ctx, input }) => refreshWeek(serviceCtx(ctx), input)),
  closeWeek: run.input(ZCloseWeek).mutation(({ ctx, input }) => closeWeekNow(serviceCtx(ctx), input)),
});

export const demandRouter = router({
  pools: poolsRouter,
  forecast: forecastRouter,
});
