// forecast: the planner portal's forecast reads (planning:portal) and "run forecast now" (planning:run).
// Mounted under the demand router (server/demand/router.ts) as `forecast`.
import { permittedProcedure, router, serviceCtx } from "../../trpc";
import { seriesChart } from "./chart";
import { forecastAccuracy, forecastOverview } from "./queries";
import { runForecastNow } from "./run-now";
import { ZAccuracyQuery, ZRunForecastInput, ZSeriesChartQuery, ZSeriesListQuery } from "./schema";
import { listForecastSeries } from "./series-list";

const read = permittedProcedure("planning:portal");
const run = permittedProcedure("planning:run");

export const forecastRouter = router({
  overview: read.query(({ ctx }) => forecastOverview(serviceCtx(ctx))),
  accuracy: read.input(ZAccuracyQuery).query(({ ctx, input }) => forecastAccuracy(serviceCtx(ctx), input)),
  chart: read.input(ZSeriesChartQuery).query(({ ctx, input }) => seriesChart(serviceCtx(ctx), input)),
  series: read.input(ZSeriesListQuery).query(({ ctx, input }) => listForecastSeries(serviceCtx(ctx), input)),
  run: run.input(ZRunForecastInput).mutation(({ ctx, input }) => runForecastNow(serviceCtx(ctx), input)),
});
