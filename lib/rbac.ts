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
  "orders:read", // staff view of orders, their timelines and subscriptions
  "orders:manage", // edit or cancel an order on a customer's behalf (support)
  "orders:fulfil", // move orders through the lifecycle (allocated ... delivered), record delivered quantities
  "delivery:configure", // delivery zones, weekly windows, slots and their capacity, delivery fees
  "promotions:manage", // discount codes
  "boxes:manage", // subscription box templates and their swaps
  "finance:read", // payments, journal, account balances, trial balance, money trails
  "finance:operate", // record receipts, refunds, customer credits, reversals
  "planning:run", // close pools, run forecasts and plans, publish plans, resolve exceptions
  "supply:capacity", // declare and revise capacity (coordinators: their own cluster only)
  "supply:contracts", // grower contracts and transport costs
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_DIRECTORY: Permission[] = ["organisations:read"];
const STOCK_OPERATIONS: Permission[] = ["inventory:read", "inventory:operate", "inventory:approve", "lots:record"];
const FINANCE: Permission[] = ["finance:read", "finance:operate", "orders:read"];

export const PERMISSION_MATRIX: Record<Role, readonly Permission[]> = {
  CONSUMER: ["account:own"],
  GROWER: ["grower:portal"],
  CLUSTER_COORDINATOR: ["grower:portal", "grower:cluster", "supply:capacity"],
  SELLER: ["seller:portal"],
  BUYER: ["buyer:portal"],
  PLANNER: ["planning:portal", "planning:run", "supply:capacity", "supply:contracts", "catalog:manage", "inventory:read", "orders:read", "boxes:manage", ...STAFF_DIRECTORY],
  WAREHOUSE: ["warehouse:portal", ...STOCK_OPERATIONS, "orders:read", "orders:fulfil", ...STAFF_DIRECTORY],
  DISPATCHER: ["dispatch:portal", "inventory:read", "orders:read", "orders:fulfil", "delivery:configure", ...STAFF_DIRECTORY],
  DRIVER: ["driver:portal"],
  FINANCE: ["finance:portal", ...FINANCE, ...STAFF_DIRECTORY],
  MARKETING: ["cms:portal", "promotions:manage", "boxes:manage"],
  SUPPORT: ["crm:portal", "users:read", "inventory:read", "orders:read", "orders:manage", ...STAFF_DIRECTORY],
  ADMIN: ["admin:portal", "users:read", "users:manage", "audit:read", "jobs:read", "jobs:run", "catalog:manage", ...STOCK_OPERATIONS, ...FINANCE, "orders:manage", "orders:fulfil", "delivery:configure", "promotions:manage", "boxes:manage", ...STAFF_DIRECTORY],
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
