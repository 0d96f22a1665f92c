import { Skeleton, SkeletonTable } from "@/components/ui";

export default function Loading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-28 w-full" announce="Loading your account…" />
      <SkeletonTable rows={3} cols={5} />
    </div>
  );
}
