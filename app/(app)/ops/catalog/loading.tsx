import { Skeleton, SkeletonTable } from "@/components/ui";

export default function Loading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <SkeletonTable rows={10} cols={6} announce="Loading products…" />
    </div>
  );
}
