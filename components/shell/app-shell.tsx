"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import type { Portal } from "@/lib/portals";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { Sidebar } from "./sidebar";
import { TopBar, type ShellMembership, type ShellUser } from "./top-bar";

export type AppShellProps = {
  /** Navigation for the active role, e.g. navigationFor(session.role). */
  portals: Portal[];
  memberships: ShellMembership[];
  activeMembershipId: string | null;
  user: ShellUser;
  children: ReactNode;
};

const NAV_DRAWER_ID = "main-nav-drawer";
const DESKTOP_QUERY = "(min-width: 64rem)"; // Tailwind's lg breakpoint, where the sidebar is always shown

/** Signed-in layout: skip link, top bar, role-aware sidebar and the <main> region; provides toasts. */
export function AppShell(props: AppShellProps) {
  return (
    <ToastProvider>
      <ShellLayout {...props} />
    </ToastProvider>
  );
}

function ShellLayout({ portals, memberships, activeMembershipId, user, children }: AppShellProps) {
  const router = useRouter();
  const { update } = useSession();
  const toast = useToast();
  const [navOpen, setNavOpen] = useState(false);
  const [switching, setSwitching] = useState(false);

  // The drawer is modal; if the window grows to desktop width while it is open, close it so the page is not left inert.
  useEffect(() => {
    const query = window.matchMedia(DESKTOP_QUERY);
    const onChange = () => query.matches && setNavOpen(false);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);

  async function handleSwitch(membershipId: string) {
    if (membershipId === activeMembershipId || switching) return;
    setSwitching(true);
    try {
      // The session callback validates that the membership belongs to this user before accepting it.
      const session = await update({ membershipId });
      if (!session) throw new Error("Session update was rejected");
      router.refresh();
      router.push("/dashboard");
    } catch {
      toast.error("Could not switch context", { description: "Please try again, or sign out and back in." });
    } finally {
      setSwitching(false);
    }
  }

  function handleSignOut() {
    void signOut({ callbackUrl: "/login" });
  }

  return (
    <div className="min-h-dvh bg-canvas">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-furrow-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <TopBar
        memberships={memberships}
        activeMembershipId={activeMembershipId}
        user={user}
        onSwitch={handleSwitch}
        onSignOut={handleSignOut}
        switching={switching}
        navOpen={navOpen}
        onToggleNav={() => setNavOpen((open) => !open)}
        navId={NAV_DRAWER_ID}
      />
      <div className="flex">
        <Sidebar portals={portals} mobileOpen={navOpen} onMobileClose={() => setNavOpen(false)} drawerId={NAV_DRAWER_ID} />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
