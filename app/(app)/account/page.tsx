import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  await requirePermission("account:own");
  return <PortalPlaceholder title="My account" description="Your orders, subscriptions, addresses and payment methods." issue="issue #4" coming={["Order history with a live delivery timeline", "Weekly veg box subscriptions: skip, pause, swap, change slot", "Addresses and saved payment methods"]} />;
}
