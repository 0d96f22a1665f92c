import { Skeleton, SkeletonTable } from "@/components/ui";

export default function Loading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-7 w-40" />
      <SkeletonTable rows={8} cols={5} announce="Loading your orders…" />
    </div>
  );
}
