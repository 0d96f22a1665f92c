import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Today's trips" };

export default async function DriverPage() {
  await requirePermission("driver:portal");
  return <PortalPlaceholder title="Today's trips" description="Your stops in sequence with proof of delivery." issue="issue #7" coming={["Stop list with windows and what to hand over", "Proof of delivery: signature, photo, quantities", "Returns and failed-delivery reasons"]} />;
}
