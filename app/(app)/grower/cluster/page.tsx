import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Cluster overview" };

export default async function GrowerClusterPage() {
  await requirePermission("grower:cluster");
  return <PortalPlaceholder title="Cluster overview" description="Every farm's packages and progress in your cluster." issue="issue #6" coming={["Capacity snapshots to revise", "Harvest calendar and risks flagged by farms", "Who is behind plan"]} />;
}
