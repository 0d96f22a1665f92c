// Inputs of the inventory read side (tables, detail pages, form options).
import { z } from "zod";
import { ZTableQuery } from "@/lib/paging";

const ZId = z.string().trim().min(1, "Choose an item").max(64);

/** Every inventory table takes the shared table query (sort, filters, page). */
export const ZInventoryTableInput = ZTableQuery;

export const ZLotRef = z.object({ lotId: ZId });
export const ZTransferRef = z.object({ transferId: ZId });

export const ZSummaryInput = z.object({ locationId: ZId.optional() }).default({});

/** stocking: warehouses and packhouses; withStock: those plus any place holding stock now; all: every active location. */
export const ZLocationOptionsInput = z.object({ scope: z.enum(["stocking", "withStock", "all"]).default("stocking") }).default({ scope: "stocking" });
export const ZSkuOptionsInput = z.object({ q: z.string().trim().max(100).default(""), limit: z.number().int().min(1).max(50).default(20) }).default({ q: "", limit: 20 });
export const ZLotOptionsInput = z.object({
  locationId: ZId,
  q: z.string().trim().max(100).default(""),
  skuId: ZId.optional(),
  /** Only lots with available units (transfers); adjustments also list empty balances. */
  availableOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(50),
});

export const BALANCE_STATUSES = ["EXPIRED", "EXPIRES_SOON", "LOW", "OK"] as const;
export type BalanceStatus = (typeof BALANCE_STATUSES)[number];
export const ACTIVE_ALERTS = "ACTIVE";
