import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Packhouse & warehouse" };

export default async function OpsWarehousePage() {
  await requirePermission("warehouse:portal");
  return <PortalPlaceholder title="Packhouse & warehouse" description="Receiving, QC, inventory, picking and transfers." issue="issues #3, #6, #7" coming={["Receiving against harvest declarations with grading", "Inventory balances by location, SKU and lot (FEFO)", "Waves, picklists, packing and transfers"]} />;
}
