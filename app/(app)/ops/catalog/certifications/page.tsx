import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Certifications" };

export default async function Page() {
  await requirePermission("catalog:manage");
  return <PortalPlaceholder title="Certifications" description="Farm and cluster certificates." issue="issue #3" coming={[]} />;
}
