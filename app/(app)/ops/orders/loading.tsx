import { Skeleton, SkeletonTable } from "@/components/ui";

export default function Loading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-7 w-32" />
      <SkeletonTable rows={12} cols={9} announce="Loading orders…" />
    </div>
  );
}
