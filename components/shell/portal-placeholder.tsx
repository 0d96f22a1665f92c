// A portal whose capabilities arrive in later issues: says what is coming, never a dead end.
import { Card, CardBody, PageHeader } from "@/components/ui";

export type PortalPlaceholderProps = { title: string; description: string; coming: string[]; issue?: string };

export function PortalPlaceholder({ title, description, coming, issue }: PortalPlaceholderProps) {
  return (
    <div className="space-y-6">
      <PageHeader title={title} description={description} />
      <Card>
        <CardBody>
          <h2 className="text-sm font-semibold">Coming to this portal{issue ? ` (${issue})` : ""}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-ink-muted">
            {coming.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </CardBody>
      </Card>
    </div>
  );
}
