// Table defaults shared by the warehouse pages (server: parse the URL) and their tables (client).
import type { TableStateDefaults } from "@/components/data-table/state";

export const BALANCE_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 50,
  sort: { id: "bestBefore", desc: false },
  sortable: ["sku", "product", "location", "lot", "farm", "grade", "harvestedAt", "bestBefore", "onHand", "reserved", "available", "daysToExpiry", "status"],
  filterable: ["q", "location", "category", "status", "empty", "sku", "lot"],
};

export const MOVEMENT_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "createdAt", desc: true },
  sortable: ["createdAt", "kind", "location", "sku", "quantity"],
  filterable: ["kind", "location", "q", "from", "to"],
};

export const ADJUSTMENT_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "createdAt", desc: true },
  sortable: ["createdAt", "delta", "location", "sku", "status"],
  filterable: ["status", "reason", "location", "q"],
};

export const TRANSFER_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "dispatchedAt", desc: true },
  sortable: ["code", "status", "from", "to", "dispatchedAt", "receivedAt", "quantity"],
  filterable: ["status", "location", "q"],
};

export const ALERT_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "createdAt", desc: true },
  sortable: ["createdAt", "kind", "status", "location", "sku"],
  filterable: ["kind", "status", "location"],
  filters: { status: "ACTIVE" },
};
