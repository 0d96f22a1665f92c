// Table defaults shared by the catalog pages (server, parse the URL) and their tables (client).
import type { TableStateDefaults } from "@/components/data-table/state";

export const PRODUCT_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "name", desc: false },
  sortable: ["name", "category", "skuCount", "updatedAt", "active"],
  filterable: ["q", "categoryId", "active"],
};

export const CERTIFICATION_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "validTo", desc: false },
  sortable: ["validTo", "validFrom", "number", "scheme", "holder", "createdAt"],
  filterable: ["q", "status", "scheme"],
};
