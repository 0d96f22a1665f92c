// Table defaults shared by the server pages (parsing the URL) and the client tables (a plain module).
import type { TableStateDefaults } from "@/components/data-table/state";

export const POOLS_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 50,
  sort: { id: "total", desc: true },
  sortable: ["sku", "product", "zone", "status", "ordered", "subscribed", "projected", "b2b", "buffer", "total"],
  filterable: ["q", "zone", "status"],
};

export const SERIES_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "nextP50", desc: true },
  sortable: ["sku", "zone", "method", "wape", "seasonalNaiveWape", "bias", "confidence", "nextP50"],
  filterable: ["sku", "method", "class"],
};
