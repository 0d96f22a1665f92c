import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { ClusterOverview } from "@/components/grower/cluster-overview";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Cluster overview" };

/** Coordinator: the cluster's capacity to declare and revise, the plan against it, and every farm's work packages. */
export default async function GrowerClusterPage() {
  const actor = await requirePermission("grower:cluster");
  const [cluster] = await (await getCaller()).supply.clusters();
  return (
    <div className="space-y-6">
      <PageHeader title="Cluster overview" description={`${cluster?.name ?? "Your cluster"}: the capacity you declare for the weeks ahead, what the plan asks of it, and each farm's work packages.`} />
      <ClusterOverview timeZone={actor.hubTimeZone} />
    </div>
  );
}
