"use client";
// Outbox health: backlog and age (KPIs) and the dead letters, each retryable.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Card, CardBody, CardHeader, CardTitle, EmptyState, KpiCard, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import { useHubDateTime } from "@/components/providers/hub-time";
import { formatDuration } from "./format";

export function OutboxCard({ canRun }: { canRun: boolean }) {
  const trpc = useTRPC();
  const formatWhen = useHubDateTime("short");
  const queryClient = useQueryClient();
  const toast = useToast();
  const outbox = useQuery({ ...trpc.jobs.outbox.queryOptions({ page: 1, pageSize: 25 }), refetchInterval: 5_000 });
  const retry = useMutation(
    trpc.jobs.retryDeadLetter.mutationOptions({
      onSuccess: () => {
        toast.success("Event queued for another attempt");
        void queryClient.invalidateQueries({ queryKey: trpc.jobs.outbox.pathKey() });
      },
      onError: (e) => toast.error(messageOf(e)),
    }),
  );
  const stats = outbox.data?.stats;
  const dead = outbox.data?.deadLetters;
  return (
    <div className="space-y-4">
      <section aria-label="Outbox" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <KpiCard label="Pending events" value={stats?.pending ?? 0} loading={outbox.isLoading} />
        <KpiCard label="Due now" value={stats?.due ?? 0} loading={outbox.isLoading} />
        <KpiCard label="Oldest pending" value={formatDuration(stats?.oldestPendingAgeMs)} loading={outbox.isLoading} />
        <KpiCard label="Dead letters" value={stats?.dead ?? 0} loading={outbox.isLoading} />
      </section>
      <Card>
        <CardHeader>
          <CardTitle>Dead letters</CardTitle>
        </CardHeader>
        <CardBody className="p-0">
          {dead && dead.items.length === 0 ? (
            <EmptyState compact title="No dead letters" text="Every event was delivered." />
          ) : (
            <ul className="divide-y divide-line">
              {dead?.items.map((e) => (
                <li key={e.id} className="flex items-start justify-between gap-3 px-4 py-3 text-sm">
                  <div className="min-w-0">
                    <p className="font-mono text-xs">{e.name}</p>
                    <p className="text-xs text-ink-muted">
                      {formatWhen(e.createdAt)} · {e.attempts} attempts · <span className="font-mono">{e.id}</span>
                    </p>
                    <p className="mt-1 line-clamp-2 text-xs text-danger-fg">{e.lastError}</p>
                  </div>
                  {canRun && (
                    <Button size="sm" variant="secondary" loading={retry.isPending && retry.variables?.eventId === e.id} onClick={() => retry.mutate({ eventId: e.id })} aria-label={`Retry event ${e.id}`}>
                      Retry
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
