// Table defaults shared by the promotions page (server, parses the URL) and its table (client).
import type { TableStateDefaults } from "@/components/data-table/state";

export const PROMOTION_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "createdAt", desc: true },
  sortable: ["code", "kind", "validFrom", "validTo", "timesUsed", "createdAt"],
  filterable: ["code", "active"],
};
