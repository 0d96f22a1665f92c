import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Dispatch" };

export default async function OpsDispatchPage() {
  await requirePermission("dispatch:portal");
  return <PortalPlaceholder title="Dispatch" description="Plan, assign and follow delivery trips." issue="issue #7" coming={["Route planning (VRPTW) with capacity and time windows", "Assign vehicles and drivers, dispatch", "Live trip monitoring and exceptions"]} />;
}
