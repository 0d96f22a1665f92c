"use client";

import Link from "next/link";
import { ChevronsUpDown, LoaderCircle, LogOut, Menu as MenuIcon, Sprout } from "lucide-react";
import { Menu, MenuItem, MenuLabel, MenuSeparator } from "@/components/ui/menu";

export type ShellMembership = { id: string; hubName: string; organisationName: string | null; roleLabel: string };
export type ShellUser = { name: string | null; email: string };

export type TopBarProps = {
  memberships: ShellMembership[];
  activeMembershipId: string | null;
  user: ShellUser;
  onSwitch: (membershipId: string) => void;
  onSignOut: () => void;
  /** True while a context switch is in flight (spinner on the switcher). */
  switching?: boolean;
  /** Hamburger for the nav drawer, shown below the lg breakpoint. */
  navOpen: boolean;
  onToggleNav: () => void;
  /** id of the nav drawer the hamburger opens (aria-controls). */
  navId?: string;
};

function initials(user: ShellUser): string {
  const source = user.name?.trim() || user.email;
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts[1]?.[0] ?? "") : "")).toUpperCase() || "?";
}

function contextLabel(m: ShellMembership): string {
  return m.organisationName ? `${m.organisationName} · ${m.hubName}` : m.hubName;
}

/** Header bar: nav toggle, brand, hub/organisation/role switcher and the user menu. */
export function TopBar({ memberships, activeMembershipId, user, onSwitch, onSignOut, switching = false, navOpen, onToggleNav, navId }: TopBarProps) {
  const active = memberships.find((m) => m.id === activeMembershipId) ?? null;

  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-line bg-surface/95 px-3 backdrop-blur sm:px-4">
      <button
        type="button"
        onClick={onToggleNav}
        aria-expanded={navOpen}
        aria-controls={navId}
        aria-label="Open navigation"
        className="-ml-1 flex size-10 items-center justify-center rounded-md text-ink-muted hover:bg-subtle hover:text-ink lg:hidden"
      >
        <MenuIcon aria-hidden className="size-5" />
      </button>
      <Link href="/dashboard" className="flex items-center gap-2 rounded-md pr-2 font-semibold tracking-tight text-ink">
        <span aria-hidden className="flex size-7 items-center justify-center rounded-md bg-furrow-700 text-white">
          <Sprout className="size-4" />
        </span>
        <span className="hidden sm:inline">Furrow</span>
        <span className="sr-only sm:hidden">Furrow – dashboard</span>
      </Link>

      <div className="ml-auto flex min-w-0 items-center gap-1">
        {memberships.length > 1 ? (
          <Menu
            align="end"
            busy={switching}
            label={active ? `${contextLabel(active)}, ${active.roleLabel}: switch context` : "Choose a context"}
            triggerClassName="min-w-0 max-w-[55vw] sm:max-w-xs"
            trigger={<ContextSummary membership={active} switching={switching} switchable />}
          >
            <MenuLabel>Switch hub or role</MenuLabel>
            {memberships.map((m) => (
              <MenuItem key={m.id} checked={m.id === activeMembershipId} onSelect={() => onSwitch(m.id)}>
                <span className="block truncate font-medium">{contextLabel(m)}</span>
                <span className="block text-xs text-ink-muted">{m.roleLabel}</span>
              </MenuItem>
            ))}
          </Menu>
        ) : (
          active && (
            <div className="min-w-0 max-w-[55vw] px-2 text-right sm:max-w-xs">
              <ContextSummary membership={active} switching={false} switchable={false} />
            </div>
          )
        )}

        <Menu
          align="end"
          label={`Account: ${user.name ?? user.email}`}
          trigger={
            <span aria-hidden className="flex size-8 items-center justify-center rounded-full bg-furrow-100 text-xs font-semibold text-furrow-800">
              {initials(user)}
            </span>
          }
          triggerClassName="rounded-full p-1"
        >
          <MenuLabel>
            {user.name && <span className="block truncate text-sm font-medium text-ink">{user.name}</span>}
            <span className="block truncate">{user.email}</span>
          </MenuLabel>
          <MenuSeparator />
          <MenuItem onSelect={onSignOut} icon={<LogOut aria-hidden />}>
            Sign out
          </MenuItem>
        </Menu>
      </div>
    </header>
  );
}

type ContextSummaryProps = { membership: ShellMembership | null; switching: boolean; switchable: boolean };

function ContextSummary({ membership, switching, switchable }: ContextSummaryProps) {
  return (
    <span className="flex min-w-0 items-center gap-2 text-left">
      <span className="min-w-0 leading-tight">
        <span className="block truncate text-[13px] font-medium text-ink">{membership ? contextLabel(membership) : "No context selected"}</span>
        {membership && <span className="block truncate text-xs text-ink-muted">{membership.roleLabel}</span>}
      </span>
      {switching ? (
        <LoaderCircle aria-hidden className="size-4 shrink-0 animate-spin text-ink-subtle" />
      ) : (
        switchable && <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-ink-subtle" />
      )}
    </span>
  );
}
