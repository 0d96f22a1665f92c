import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Shop stock & sales" };

export default async function SellerPage() {
  await requirePermission("seller:portal");
  return <PortalPlaceholder title="Shop stock & sales" description="Run your shop's stock, sales and waste." issue="a later issue" coming={["Stock by lot with expiry alerts", "Point-of-sale sales and waste logs", "Discount suggestions for produce near its best-before date"]} />;
}
