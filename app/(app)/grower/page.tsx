import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "My farm" };

export default async function GrowerPage() {
  await requirePermission("grower:portal");
  return <PortalPlaceholder title="My farm" description="Work packages, progress and harvest declarations for your farm." issue="issue #6" coming={["Work packages by week: accept, report progress", "Harvest declarations with photos and QC notes", "Contract prices, volumes and statements"]} />;
}
