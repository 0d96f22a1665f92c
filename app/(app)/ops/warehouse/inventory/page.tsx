import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Inventory" };

export default async function Page() {
  await requirePermission("inventory:read");
  return <PortalPlaceholder title="Inventory" description="Balances by location, SKU and lot." issue="issue #3" coming={[]} />;
}
