import { Skeleton, SkeletonText } from "@/components/ui";

export default function Loading() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-7 w-64" announce="Loading the order…" />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-4"><Skeleton className="h-24 w-full" /><SkeletonText lines={6} /></div>
        <SkeletonText lines={8} />
      </div>
    </div>
  );
}
