import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Finance" };

export default async function OpsFinancePage() {
  await requirePermission("finance:portal");
  return <PortalPlaceholder title="Finance" description="Payments, the double-entry ledger, settlements and payouts." issue="issue #4 and later" coming={["Journal, account balances and trial balance", "Grower settlements and payouts", "Invoices, credits and receivables"]} />;
}
