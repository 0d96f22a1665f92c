import { Skeleton, SkeletonTable } from "@/components/ui";

export default function Loading() {
  return (
    <div className="max-w-5xl space-y-6">
      <Skeleton className="h-7 w-48" announce="Loading categories…" />
      <SkeletonTable rows={8} cols={3} />
      <SkeletonTable rows={3} cols={4} />
    </div>
  );
}
