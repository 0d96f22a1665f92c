import { KpiCardSkeleton, Skeleton } from "@/components/ui";

export default function Loading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {["Receivables due", "Captured, last 7 days", "Card holds outstanding", "Refunds, last 7 days"].map((l) => (
          <KpiCardSkeleton key={l} label={l} />
        ))}
      </div>
      <Skeleton className="h-64 w-full" announce="Loading finance overview…" />
    </div>
  );
}
