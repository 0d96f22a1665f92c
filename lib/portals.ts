// Portals of ARCHITECTURE.md §3 and the pages inside them, each gated by a permission.
// The sidebar shows exactly the entries whose permission the active role holds.
import { can, type Permission, type Role } from "./rbac";

export type NavItem = { href: string; label: string; permission: Permission };
export type Portal = { id: string; label: string; icon: string; items: NavItem[] };

export const PORTALS: Portal[] = [
  {
    id: "account",
    label: "My account",
    icon: "ShoppingBasket",
    items: [
      { href: "/account", label: "Overview", permission: "account:own" },
      { href: "/account/orders", label: "Orders", permission: "account:own" },
      { href: "/account/subscriptions", label: "Subscriptions", permission: "account:own" },
      { href: "/account/addresses", label: "Addresses", permission: "account:own" },
      { href: "/account/payment-methods", label: "Payment methods", permission: "account:own" },
    ],
  },
  { id: "buyer", label: "Buyer", icon: "Store", items: [{ href: "/buyer", label: "Replenishment", permission: "buyer:portal" }] },
  { id: "seller", label: "Shop", icon: "Carrot", items: [{ href: "/seller", label: "Stock & sales", permission: "seller:portal" }] },
  {
    id: "grower",
    label: "Farm",
    icon: "Sprout",
    items: [
      { href: "/grower", label: "Work packages", permission: "grower:portal" },
      { href: "/grower/cluster", label: "Cluster overview", permission: "grower:cluster" },
    ],
  },
  { id: "orders", label: "Orders", icon: "ShoppingBasket", items: [{ href: "/ops/orders", label: "All orders", permission: "orders:read" }] },
  { id: "planning", label: "Planning", icon: "CalendarRange", items: [{ href: "/ops/planning", label: "Pools & plans", permission: "planning:portal" }] },
  {
    id: "catalog",
    label: "Catalog",
    icon: "Apple",
    items: [
      { href: "/ops/catalog", label: "Products & SKUs", permission: "catalog:manage" },
      { href: "/ops/catalog/categories", label: "Categories & tax", permission: "catalog:manage" },
      { href: "/ops/catalog/certifications", label: "Certifications", permission: "catalog:manage" },
    ],
  },
  {
    id: "warehouse",
    label: "Packhouse",
    icon: "Warehouse",
    items: [
      { href: "/ops/warehouse", label: "Receiving", permission: "warehouse:portal" },
      { href: "/ops/warehouse/inventory", label: "Inventory", permission: "inventory:read" },
      { href: "/ops/warehouse/adjustments", label: "Adjustments", permission: "inventory:operate" },
      { href: "/ops/warehouse/transfers", label: "Transfers", permission: "inventory:operate" },
      { href: "/ops/warehouse/alerts", label: "Alerts", permission: "inventory:read" },
    ],
  },
  {
    id: "dispatch",
    label: "Dispatch",
    icon: "Route",
    items: [
      { href: "/ops/dispatch", label: "Trips", permission: "dispatch:portal" },
      { href: "/ops/dispatch/slots", label: "Delivery slots", permission: "delivery:configure" },
      { href: "/ops/dispatch/zones", label: "Zones & fees", permission: "delivery:configure" },
    ],
  },
  { id: "driver", label: "Driver", icon: "Truck", items: [{ href: "/driver", label: "Today's trips", permission: "driver:portal" }] },
  {
    id: "finance",
    label: "Finance",
    icon: "Landmark",
    items: [
      { href: "/ops/finance", label: "Overview", permission: "finance:read" },
      { href: "/ops/finance/payments", label: "Payments", permission: "finance:read" },
      { href: "/ops/finance/journal", label: "Journal", permission: "finance:read" },
      { href: "/ops/finance/accounts", label: "Accounts & trial balance", permission: "finance:read" },
    ],
  },
  {
    id: "cms",
    label: "Marketing",
    icon: "Megaphone",
    items: [
      { href: "/admin/cms", label: "Pages & campaigns", permission: "cms:portal" },
      { href: "/admin/cms/promotions", label: "Discount codes", permission: "promotions:manage" },
      { href: "/admin/cms/boxes", label: "Subscription boxes", permission: "boxes:manage" },
    ],
  },
  { id: "crm", label: "Support", icon: "LifeBuoy", items: [{ href: "/admin/crm", label: "Customers & tickets", permission: "crm:portal" }] },
  {
    id: "admin",
    label: "Administration",
    icon: "ShieldCheck",
    items: [
      { href: "/admin", label: "Overview", permission: "admin:portal" },
      { href: "/admin/users", label: "Users & roles", permission: "users:manage" },
      { href: "/admin/audit", label: "Audit log", permission: "audit:read" },
      { href: "/admin/jobs", label: "Jobs & events", permission: "admin:portal" },
    ],
  },
  {
    id: "dev",
    label: "Developers",
    icon: "Code",
    items: [
      { href: "/dev", label: "API & webhooks", permission: "dev:portal" },
      { href: "/dev/jobs", label: "Jobs & events", permission: "dev:portal" },
    ],
  },
];

/** The portals (and their items) a role can reach; empty portals are dropped. */
export function navigationFor(role: Role | null | undefined): Portal[] {
  return PORTALS.map((p) => ({ ...p, items: p.items.filter((i) => can(role, i.permission)) })).filter((p) => p.items.length > 0);
}

/** The permission a path needs, from the longest matching nav prefix; undefined = open to any signed-in user. */
export function permissionForPath(pathname: string): Permission | undefined {
  let best: NavItem | undefined;
  for (const item of PORTALS.flatMap((p) => p.items)) {
    const matches = pathname === item.href || pathname.startsWith(item.href + "/");
    if (matches && (!best || item.href.length > best.href.length)) best = item;
  }
  return best?.permission;
}
