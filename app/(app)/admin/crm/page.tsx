import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Support" };

export default async function AdminCrmPage() {
  await requirePermission("crm:portal");
  return <PortalPlaceholder title="Support" description="Customers, tickets and order interventions." issue="a later issue" coming={["Customer profiles with order history", "Tickets and notes", "Churn risk"]} />;
}
