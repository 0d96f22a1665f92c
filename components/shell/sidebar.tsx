"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, type ReactNode } from "react";
import { LayoutDashboard } from "lucide-react";
import type { Portal } from "@/lib/portals";
import { cn } from "@/components/ui/cn";
import { Drawer } from "@/components/ui/drawer";
import { PortalIcon } from "./portal-icon";

const DASHBOARD_HREF = "/dashboard";

/** The nav item whose href is the longest prefix of the path, so /admin/users does not also light up /admin. */
export function activeHrefFor(pathname: string, hrefs: string[]): string | undefined {
  let best: string | undefined;
  for (const href of hrefs) {
    const matches = pathname === href || pathname.startsWith(href + "/");
    if (matches && (!best || href.length > best.length)) best = href;
  }
  return best;
}

type NavListProps = { portals: Portal[]; onNavigate?: () => void };

/** Grouped navigation links (Dashboard first, then one group per portal) inside <nav aria-label="Main">. */
export function SidebarNav({ portals, onNavigate }: NavListProps) {
  const pathname = usePathname() ?? "";
  // The nav can be mounted twice (desktop aside + open phone drawer), so ids must be per instance.
  const idPrefix = useId();
  const active = activeHrefFor(pathname, [DASHBOARD_HREF, ...portals.flatMap((p) => p.items.map((i) => i.href))]);

  return (
    <nav aria-label="Main" className="flex flex-col gap-5 px-3 py-4 text-sm">
      <ul>
        <li>
          <NavLink href={DASHBOARD_HREF} active={active === DASHBOARD_HREF} onNavigate={onNavigate}>
            <LayoutDashboard aria-hidden className="size-4 shrink-0" />
            Dashboard
          </NavLink>
        </li>
      </ul>
      {portals.map((portal) => {
        const headingId = `${idPrefix}-${portal.id}`;
        return (
          <div key={portal.id} className="flex flex-col gap-1">
            <h2 id={headingId} className="flex items-center gap-2 px-2 text-[11px] font-semibold tracking-wide text-ink-subtle uppercase">
              <PortalIcon name={portal.icon} className="size-3.5 shrink-0" />
              {portal.label}
            </h2>
            <ul aria-labelledby={headingId} className="flex flex-col gap-0.5">
              {portal.items.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} active={active === item.href} onNavigate={onNavigate} className="pl-7.5">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

type NavLinkProps = { href: string; active: boolean; onNavigate?: () => void; className?: string; children: ReactNode };

function NavLink({ href, active, onNavigate, className, children }: NavLinkProps) {
  return (
    <Link
      href={href}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      className={cn(
        "relative flex min-h-9 items-center gap-2 rounded-md px-2 py-1.5 text-ink-muted transition-colors hover:bg-subtle hover:text-ink",
        "aria-[current=page]:bg-furrow-50 aria-[current=page]:font-medium aria-[current=page]:text-furrow-800",
        "aria-[current=page]:before:absolute aria-[current=page]:before:inset-y-1.5 aria-[current=page]:before:left-0 aria-[current=page]:before:w-0.5 aria-[current=page]:before:rounded-full aria-[current=page]:before:bg-furrow-600",
        className,
      )}
    >
      {children}
    </Link>
  );
}

export type SidebarProps = {
  /** Portals already filtered to what the active role may see (navigationFor(role)). */
  portals: Portal[];
  /** Phone/tablet drawer state, owned by the shell so the top bar's menu button can toggle it. */
  mobileOpen: boolean;
  onMobileClose: () => void;
  /** id of the mobile nav drawer, for the top bar menu button's aria-controls. */
  drawerId?: string;
};

/** Fixed left sidebar on large screens; on smaller screens the same nav in a left drawer. */
export function Sidebar({ portals, mobileOpen, onMobileClose, drawerId }: SidebarProps) {
  return (
    <>
      <aside
        className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-60 shrink-0 overflow-y-auto border-r border-line bg-surface lg:block"
      >
        <SidebarNav portals={portals} />
      </aside>
      <Drawer id={drawerId} open={mobileOpen} onClose={onMobileClose} title="Furrow" side="left" widthClassName="max-w-72" className="lg:hidden">
        <div className="-mx-4 -my-4">
          <SidebarNav portals={portals} onNavigate={onMobileClose} />
        </div>
      </Drawer>
    </>
  );
}
