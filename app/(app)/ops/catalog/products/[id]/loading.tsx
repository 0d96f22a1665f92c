import { Card, CardBody, Skeleton, SkeletonText } from "@/components/ui";

export default function Loading() {
  return (
    <div className="max-w-5xl space-y-6">
      <Skeleton className="h-7 w-64" announce="Loading the product…" />
      {[0, 1, 2].map((i) => (
        <Card key={i}>
          <CardBody>
            <SkeletonText lines={4} />
          </CardBody>
        </Card>
      ))}
    </div>
  );
}
