// Staff order table defaults shared by the page (parses the URL) and the table (client).
import type { TableStateDefaults } from "@/components/data-table/state";

export const STAFF_ORDER_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 50,
  sort: { id: "placedAt", desc: true },
  sortable: ["number", "placedAt", "deliveryDate", "totalMinor", "status"],
  filterable: ["q", "status", "channel", "zone", "from", "to"],
};
