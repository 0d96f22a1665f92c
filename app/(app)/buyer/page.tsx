import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Replenishment" };

export default async function BuyerPage() {
  await requirePermission("buyer:portal");
  return <PortalPlaceholder title="Replenishment" description="Order for your store or kitchen with delivery windows and priorities." issue="issues #4, #7" coming={["Standing orders and replenishment with time windows", "Bulk CSV order import", "Invoices and statements"]} />;
}
