"use client";
// Hub users in a dense server-side table; row actions open the role drawer or toggle access.
import type { ColumnDef } from "@tanstack/react-table";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Dialog, StatusBadge, useToast } from "@/components/ui";
import { ROLE_LABELS } from "@/lib/rbac";
import { messageOf } from "@/lib/trpc-errors";
import type { UserRow } from "@/server/identity/users";
import { InviteLink, inviteUrl } from "./invite-link";
import { InviteUserDialog } from "./invite-user-dialog";
import { RolesDrawer } from "./roles-drawer";
import { ROLE_OPTIONS } from "./role-options";
import { USER_TABLE_DEFAULTS } from "./user-table-defaults";

function columnsFor(dateTime: (d: Date) => string): ColumnDef<UserRow>[] {
  return [
  { id: "name", accessorKey: "name", header: "Name", enableSorting: true },
  { id: "email", accessorKey: "email", header: "Email", enableSorting: true, meta: { className: "font-mono text-xs" } },
  {
    id: "roles",
    header: "Roles",
    cell: ({ row }) => (
      <div className="flex flex-wrap gap-1">
        {row.original.memberships.map((m) => (
          <Badge key={m.id} tone="info">
            {ROLE_LABELS[m.role]}
            {m.organisationName ? ` · ${m.organisationName}` : ""}
          </Badge>
        ))}
      </div>
    ),
  },
  { id: "status", accessorKey: "status", header: "Status", enableSorting: true, cell: ({ row }) => <StatusBadge status={row.original.status} /> },
  { id: "lastSignInAt", accessorKey: "lastSignInAt", header: "Last sign-in", enableSorting: true, cell: ({ row }) => (row.original.lastSignInAt ? dateTime(row.original.lastSignInAt) : "—") },
  { id: "createdAt", accessorKey: "createdAt", header: "Created", enableSorting: true, cell: ({ row }) => dateTime(row.original.createdAt) },
  ];
}

const filters: FilterDef[] = [
  { id: "q", label: "Search", type: "text", placeholder: "Name or email" },
  { id: "role", label: "Role", type: "select", options: ROLE_OPTIONS },
  {
    id: "status",
    label: "Status",
    type: "select",
    options: [
      { value: "ACTIVE", label: "Active" },
      { value: "INVITED", label: "Invited" },
      { value: "DEACTIVATED", label: "Deactivated" },
    ],
  },
];

export function UsersTable({ rows, total }: { rows: UserRow[]; total: number }) {
  const table = useUrlTableState(USER_TABLE_DEFAULTS);
  const dateTime = useHubDateTime();
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const onDone = (message: string) => ({ onSuccess: () => (toast.success(message), router.refresh()), onError: (e: unknown) => toast.error(messageOf(e)) });
  const deactivate = useMutation(trpc.identity.users.deactivate.mutationOptions(onDone("User deactivated")));
  const reactivate = useMutation(trpc.identity.users.reactivate.mutationOptions(onDone("User reactivated")));
  const [reissuedLink, setReissuedLink] = useState<string | null>(null);
  const reissue = useMutation(
    trpc.identity.users.reissueInvite.mutationOptions({ onSuccess: (r) => setReissuedLink(inviteUrl(r.inviteToken)), onError: (e) => toast.error(messageOf(e)) }),
  );

  return (
    <>
      <DataTable
        caption="Users of this hub"
        columns={columns}
        rows={rows}
        total={total}
        {...table}
        filters={filters}
        getRowId={(r) => r.id}
        toolbar={<Button onClick={() => setInviting(true)}>Invite user</Button>}
        rowActions={(user) => (
          <div className="flex justify-end gap-1">
            <Button size="sm" variant="secondary" onClick={() => setEditing(user)} aria-label={`Manage roles of ${user.name}`}>
              Roles
            </Button>
            {user.status === "ACTIVE" && (
              <Button size="sm" variant="ghost" onClick={() => deactivate.mutate({ userId: user.id })} aria-label={`Deactivate ${user.name}`}>
                Deactivate
              </Button>
            )}
            {user.status === "INVITED" && (
              <Button size="sm" variant="ghost" onClick={() => reissue.mutate({ userId: user.id })} aria-label={`New invitation link for ${user.name}`}>
                New link
              </Button>
            )}
            {user.status === "DEACTIVATED" && (
              <Button size="sm" variant="ghost" onClick={() => reactivate.mutate({ userId: user.id })} aria-label={`Reactivate ${user.name}`}>
                Reactivate
              </Button>
            )}
          </div>
        )}
      />
      <InviteUserDialog open={inviting} onClose={() => setInviting(false)} />
      <RolesDrawer user={editing} onClose={() => setEditing(null)} />
      <Dialog open={reissuedLink !== null} onClose={() => setReissuedLink(null)} title="New invitation link">
        {reissuedLink && <InviteLink link={reissuedLink} onDone={() => setReissuedLink(null)} />}
      </Dialog>
    </>
  );
}
