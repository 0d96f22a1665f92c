import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Marketing" };

export default async function AdminCmsPage() {
  await requirePermission("cms:portal");
  return <PortalPlaceholder title="Marketing" description="Campaign pages, banners and promotions on the storefront." issue="a later issue" coming={["Pages built from blocks with draft/preview/publish", "Campaigns and banners", "Promotions and discount codes"]} />;
}
