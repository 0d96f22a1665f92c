// The one permission matrix: role -> permissions. Procedures declare the permission they need;
// navigation is derived from the same table, so the UI never offers what the server refuses.

export const ROLES = [
  "CONSUMER",
  "GROWER",
  "CLUSTER_COORDINATOR",
  "SELLER",
  "BUYER",
  "PLANNER",
  "WAREHOUSE",
  "DISPATCHER",
  "DRIVER",
  "FINANCE",
  "MARKETING",
  "SUPPORT",
  "ADMIN",
  "DEVELOPER",
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "account:own", // storefront account: own orders, addresses, subscriptions
  "buyer:portal",
  "seller:portal",
  "grower:portal",
  "grower:cluster", // coordinator view across the cluster's farms
  "planning:portal",
  "warehouse:portal",
  "dispatch:portal",
  "driver:portal",
  "finance:portal",
  "cms:portal",
  "crm:portal",
  "admin:portal",
  "dev:portal",
  "users:read",
  "users:manage",
  "audit:read",
  "organisations:read",
  "jobs:read",
  "jobs:run",
  "catalog:manage", // categories, products, SKUs, prices, images, substitutions, certifications
  "lots:record", // lab results and handling checkpoints on lots
  "inventory:read", // balances, lots, movements, transfers, alerts
  "inventory:operate", // receive, adjust (request), transfer, reserve/release/pick, acknowledge alerts
  "inventory:approve", // approve or reject another person's adjustment above the threshold
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_DIRECTORY: Permission[] = ["organisations:read"];
const STOCK_OPERATIONS: Permission[] = ["inventory:read", "inventory:operate", "inventory:approve", "lots:record"];

export const PERMISSION_MATRIX: Record<Role, readonly Permission[]> = {
  CONSUMER: ["account:own"],
  GROWER: ["grower:portal"],
  CLUSTER_COORDINATOR: ["grower:portal", "grower:cluster"],
  SELLER: ["seller:portal"],
  BUYER: ["buyer:portal"],
  PLANNER: ["planning:portal", "catalog:manage", "inventory:read", ...STAFF_DIRECTORY],
  WAREHOUSE: ["warehouse:portal", ...STOCK_OPERATIONS, ...STAFF_DIRECTORY],
  DISPATCHER: ["dispatch:portal", "inventory:read", ...STAFF_DIRECTORY],
  DRIVER: ["driver:portal"],
  FINANCE: ["finance:portal", ...STAFF_DIRECTORY],
  MARKETING: ["cms:portal"],
  SUPPORT: ["crm:portal", "users:read", "inventory:read", ...STAFF_DIRECTORY],
  ADMIN: ["admin:portal", "users:read", "users:manage", "audit:read", "jobs:read", "jobs:run", "catalog:manage", ...STOCK_OPERATIONS, ...STAFF_DIRECTORY],
  DEVELOPER: ["dev:portal", "jobs:read", "jobs:run"],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? PERMISSION_MATRIX[role].includes(permission) : false;
}

/** Roles that require an organisation of a given kind (their scope); others are hub-wide. */
export const ROLE_ORGANISATION_KIND: Partial<Record<Role, "FARM" | "CLUSTER" | "VENDOR" | "BUYER" | "CARRIER">> = {
  GROWER: "FARM",
  CLUSTER_COORDINATOR: "CLUSTER",
  SELLER: "VENDOR",
  BUYER: "BUYER",
};

export const ROLE_LABELS: Record<Role, string> = {
  CONSUMER: "Household",
  GROWER: "Grower",
  CLUSTER_COORDINATOR: "Cluster coordinator",
  SELLER: "Local vendor",
  BUYER: "Business buyer",
  PLANNER: "Planner",
  WAREHOUSE: "Packhouse / warehouse",
  DISPATCHER: "Dispatcher",
  DRIVER: "Driver",
  FINANCE: "Finance",
  MARKETING: "Marketing",
  SUPPORT: "Support",
  ADMIN: "Administrator",
  DEVELOPER: "Developer",
};
