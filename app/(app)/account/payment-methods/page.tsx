import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PaymentMethods } from "@/components/account/payment-methods";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Payment methods" };

/** The customer's saved cards. */
export default async function PaymentMethodsPage() {
  await requirePermission("account:own");
  return (
    <div className="space-y-4">
      <PageHeader title="Payment methods" breadcrumbs={[{ label: "My account", href: "/account" }, { label: "Payment methods" }]} description="Cards saved for subscriptions. Only the brand and last digits are stored here; the card itself stays with our payment provider." />
      <PaymentMethods />
    </div>
  );
}
