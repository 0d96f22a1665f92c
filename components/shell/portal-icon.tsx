import {
  Apple,
  CalendarRange,
  Carrot,
  Code,
  Folder,
  Landmark,
  LifeBuoy,
  Megaphone,
  Route,
  ShieldCheck,
  ShoppingBasket,
  Sprout,
  Store,
  Truck,
  Warehouse,
  type LucideIcon,
} from "lucide-react";

// Explicit map (not `import * as icons`) so only these icons end up in the bundle.
const PORTAL_ICONS: Record<string, LucideIcon> = {
  Apple,
  CalendarRange,
  Carrot,
  Code,
  Landmark,
  LifeBuoy,
  Megaphone,
  Route,
  ShieldCheck,
  ShoppingBasket,
  Sprout,
  Store,
  Truck,
  Warehouse,
};

/** The lucide icon named by a portal's `icon` string (see lib/portals.ts), or a folder as fallback. */
export function PortalIcon({ name, className }: { name: string; className?: string }) {
  const Icon = PORTAL_ICONS[name] ?? Folder;
  return <Icon aria-hidden className={className} />;
}
