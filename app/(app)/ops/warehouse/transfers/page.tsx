import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Transfers" };

export default async function Page() {
  await requirePermission("inventory:operate");
  return <PortalPlaceholder title="Transfers" description="Transfers between locations." issue="issue #3" coming={[]} />;
}
