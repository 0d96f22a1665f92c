// Public API of demand pooling for planning, forecasting, jobs and pages.
export { refreshPools, type RefreshSummary } from "./refresh";
export { closeDuePools, closeZoneWeek, openZoneWeeks, type ClosedZoneWeek } from "./close";
export { demandForWeek, actualsBySeries, type PoolDemand, type WeeklyActual } from "./read";
export { listPools, weekSummary, POOL_SORTABLE, type PoolRow, type WeekSummary, type ZoneWeekSummary } from "./queries";
export { closeWeekNow, refreshWeek, type CloseWeekResult } from "./actions";
export { zoneWeekCutoffs } from "./cutoffs";
