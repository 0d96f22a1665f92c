import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { USER_TABLE_DEFAULTS } from "@/components/admin/user-table-defaults";
import { UsersTable } from "@/components/admin/users-table";
import { parseTableState } from "@/components/data-table/state";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Users & roles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Admin: every person in the hub with their roles; invite, grant, revoke, deactivate. */
export default async function UsersPage({ searchParams }: Props) {
  await requirePermission("users:manage");
  const state = parseTableState(await searchParams, USER_TABLE_DEFAULTS);
  const data = await (await getCaller()).identity.users.list(state);
  return (
    <div className="space-y-4">
      <PageHeader title="Users & roles" description="Invite people, grant and revoke roles, deactivate accounts. Every change is audited." />
      <UsersTable rows={data.rows} total={data.total} />
    </div>
  );
}
