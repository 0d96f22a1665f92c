// Inputs of the pools part of the planner portal.
import { z } from "zod";
import { isIsoWeek } from "@/lib/iso-week";
import { ZTableQuery } from "@/lib/paging";

export const ZIsoWeek = z.string().trim().refine(isIsoWeek, { message: "A week looks like 2026-W49" });

/** Table query; filters: week (ISO week), zone (zone code or id), sku (SKU id or code), status (OPEN | CLOSED), q (SKU code or name, product name). */
export const ZPoolsTableInput = ZTableQuery;
export const ZPoolWeek = z.object({ isoWeek: ZIsoWeek });
export type TPoolWeek = z.infer<typeof ZPoolWeek>;
export const ZCloseWeek = z.object({ isoWeek: ZIsoWeek, zoneId: z.string().min(1).max(64).optional() });
export type TCloseWeek = z.infer<typeof ZCloseWeek>;

export const POOL_STATUSES = ["OPEN", "CLOSED"] as const;
