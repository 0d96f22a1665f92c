import { KpiCardSkeleton, Skeleton } from "@/components/ui";

export default function Loading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-9 w-full" />
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {["Demand of the week", "Zones closed", "Forecast WAPE", "Plan"].map((l) => <KpiCardSkeleton key={l} label={l} />)}
      </div>
      <Skeleton className="h-72 w-full" announce="Loading the planning week…" />
    </div>
  );
}
