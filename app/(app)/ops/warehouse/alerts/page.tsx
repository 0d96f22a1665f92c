import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Alerts" };

export default async function Page() {
  await requirePermission("inventory:read");
  return <PortalPlaceholder title="Alerts" description="Low stock and cold-chain alerts." issue="issue #3" coming={[]} />;
}
