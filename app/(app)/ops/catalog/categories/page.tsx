import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Categories & tax" };

export default async function Page() {
  await requirePermission("catalog:manage");
  return <PortalPlaceholder title="Categories & tax" description="Categories and tax categories." issue="issue #3" coming={[]} />;
}
