"use client";
// A user's roles in this hub: revoke any, grant another (scoped to an organisation when needed).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Drawer, Field, Select, useToast } from "@/components/ui";
import { ROLE_LABELS, type Role } from "@/lib/rbac";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { UserRow } from "@/server/identity/users";
import { OrganisationPicker } from "./organisation-picker";
import { organisationKindFor, ROLE_OPTIONS } from "./role-options";

export function RolesDrawer({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [role, setRole] = useState<Role>("PLANNER");
  const [organisationId, setOrganisationId] = useState("");
  const [memberships, setMemberships] = useState(user?.memberships ?? []);
  const [shownFor, setShownFor] = useState<string | null>(null);
  // Refresh the local copy whenever another user is opened.
  if (user && shownFor !== user.id) {
    setShownFor(user.id);
    setMemberships(user.memberships);
  }
  const grant = useMutation(trpc.identity.users.grantRole.mutationOptions());
  const revoke = useMutation(trpc.identity.users.revokeRole.mutationOptions());
  const kind = organisationKindFor(role);
  const errors = fieldErrorsOf(grant.error);

  function onGrant() {
    if (!user) return;
    grant.mutate(
      { userId: user.id, role, organisationId: kind ? organisationId || null : null },
      {
        onSuccess: (r) => {
          toast.success(r.changed ? `${ROLE_LABELS[role]} granted` : "Already held");
          router.refresh();
          if (r.changed) setMemberships((ms) => [...ms, { id: r.membershipId, role, organisationId: kind ? organisationId : null, organisationName: null }]);
        },
      },
    );
  }

  function onRevoke(membershipId: string) {
    revoke.mutate(
      { membershipId },
      {
        onSuccess: () => {
          toast.success("Role revoked");
          setMemberships((ms) => ms.filter((m) => m.id !== membershipId));
          router.refresh();
        },
        onError: (e) => toast.error(messageOf(e)),
      },
    );
  }

  return (
    <Drawer open={user !== null} onClose={onClose} title={user ? `Roles of ${user.name}` : "Roles"} description={user?.email}>
      <section className="space-y-2">
        <h3 className="text-sm font-semibold">Current roles</h3>
        {memberships.length === 0 && <p className="text-sm text-ink-muted">No active role in this hub.</p>}
        <ul className="divide-y divide-line rounded-lg border border-line">
          {memberships.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-2 px-3 py-2">
              <span>
                <Badge tone="info">{ROLE_LABELS[m.role]}</Badge> <span className="text-sm text-ink-muted">{m.organisationName ?? ""}</span>
              </span>
              <Button size="sm" variant="danger" loading={revoke.isPending && revoke.variables?.membershipId === m.id} onClick={() => onRevoke(m.id)}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-6 space-y-3">
        <h3 className="text-sm font-semibold">Grant a role</h3>
        {grant.error && Object.keys(errors).length === 0 && <p role="alert" className="text-sm text-danger-fg">{messageOf(grant.error)}</p>}
        <Field label="Role" errors={errors.role}>
          <Select value={role} onChange={(e) => setRole(e.target.value as Role)} options={ROLE_OPTIONS} />
        </Field>
        {kind && <OrganisationPicker kind={kind} value={organisationId} onChange={setOrganisationId} errors={errors.organisationId} />}
        <Button onClick={onGrant} loading={grant.isPending}>
          Grant role
        </Button>
      </section>
    </Drawer>
  );
}
