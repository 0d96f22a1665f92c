// Inputs of the forecast portal and of "run forecast now".
import { z } from "zod";
import { isIsoWeek } from "@/lib/iso-week";
import { ZTableQuery } from "@/lib/paging";

export const ZIsoWeek = z.string().refine(isIsoWeek, "Use an ISO week like 2026-W49");
const ZId = z.string().min(1).max(64);

export const ZRunForecastInput = z.object({ asOfWeek: ZIsoWeek.optional() }).default({});
export type TRunForecastInput = z.infer<typeof ZRunForecastInput>;

export const ZAccuracyQuery = z.object({
  /** Closed weeks to show, most recent last. */
  weeks: z.number().int().min(1).max(104).default(12),
  zoneId: ZId.optional(),
}).default({ weeks: 12 });
export type TAccuracyQuery = z.infer<typeof ZAccuracyQuery>;

export const ZSeriesChartQuery = z.object({
  skuId: ZId,
  /** Omitted: every zone summed. */
  zoneId: ZId.optional(),
  pastWeeks: z.number().int().min(1).max(156).default(52),
});
export type TSeriesChartQuery = z.infer<typeof ZSeriesChartQuery>;

/** Filters: sku (code or name contains), zoneId, method, class ("smooth" | "intermittent"). */
export const ZSeriesListQuery = ZTableQuery;
export type TSeriesListQuery = z.infer<typeof ZSeriesListQuery>;
