import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Products & SKUs" };

export default async function Page() {
  await requirePermission("catalog:manage");
  return <PortalPlaceholder title="Products & SKUs" description="Products, SKUs, prices, images and substitutions." issue="issue #3" coming={[]} />;
}
