import type { ReactNode } from "react";
import { requireActor } from "@/app/_lib/session";
import { HubTimeProvider } from "@/components/providers/hub-time";
import { AppShell } from "@/components/shell/app-shell";
import { getDb } from "@/lib/db";
import { navigationFor } from "@/lib/portals";
import { ROLE_LABELS } from "@/lib/rbac";
import { listMyMemberships } from "@/server/identity";

/** Signed-in area: the role-aware shell around every portal page. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const memberships = await listMyMemberships(getDb(), actor.userId);
  return (
    <AppShell
      portals={navigationFor(actor.role)}
      memberships={memberships.map((m) => ({ id: m.id, hubName: m.hubName, organisationName: m.organisationName, roleLabel: ROLE_LABELS[m.role] }))}
      activeMembershipId={actor.membershipId}
      user={{ name: actor.name, email: actor.email }}
    >
      <HubTimeProvider timeZone={actor.hubTimeZone}>{children}</HubTimeProvider>
    </AppShell>
  );
}
