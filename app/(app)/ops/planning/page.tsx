import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Planning" };

export default async function OpsPlanningPage() {
  await requirePermission("planning:portal");
  return <PortalPlaceholder title="Planning" description="Pooled demand, forecasts and the allocation plan to farm clusters." issue="issue #5" coming={["Demand pools by SKU, zone and ISO week", "Forecasts with p10/p50/p90 and accuracy", "Plan runs (HiGHS), shortages and substitutions"]} />;
}
