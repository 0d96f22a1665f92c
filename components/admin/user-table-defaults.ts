// Table defaults shared by the users page (server, parses the URL) and its table (client).
import type { TableStateDefaults } from "@/components/data-table/state";

export const USER_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 25,
  sort: { id: "createdAt", desc: true },
  sortable: ["name", "email", "status", "createdAt", "lastSignInAt"],
  filterable: ["q", "role", "status"],
};

export const AUDIT_TABLE_DEFAULTS: TableStateDefaults = {
  pageSize: 50,
  sort: { id: "createdAt", desc: true },
  sortable: ["createdAt"],
  filterable: ["action", "actor"],
};
