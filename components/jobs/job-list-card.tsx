"use client";
// Every job with its trigger, last run and next run; "Run now" enqueues it on the active engine.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Card, CardBody, CardHeader, CardTitle, SkeletonTable, StatusBadge, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import { useHubDateTime } from "@/components/providers/hub-time";
import { formatDuration } from "./format";

export function JobListCard({ canRun }: { canRun: boolean }) {
  const trpc = useTRPC();
  const formatWhen = useHubDateTime("short");
  const queryClient = useQueryClient();
  const toast = useToast();
  const jobs = useQuery({ ...trpc.jobs.list.queryOptions(), refetchInterval: 5_000 });
  const runNow = useMutation(
    trpc.jobs.runNow.mutationOptions({
      onSuccess: (r, input) => {
        toast.success(`${input.jobId}: ${r.mode === "enqueued" ? `queued on the ${r.engine} engine` : r.mode}`);
        void queryClient.invalidateQueries({ queryKey: trpc.jobs.pathKey() });
      },
      onError: (e) => toast.error(messageOf(e)),
    }),
  );
  return (
    <Card>
      <CardHeader actions={jobs.data && <Badge tone={jobs.data.engine === "none" ? "warning" : "success"}>engine: {jobs.data.engine}</Badge>}>
        <CardTitle>Jobs</CardTitle>
      </CardHeader>
      <CardBody className="overflow-x-auto p-0">
        {jobs.isLoading ? (
          <SkeletonTable rows={3} cols={5} announce />
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Jobs and schedules</caption>
            <thead className="bg-subtle text-left text-xs uppercase text-ink-muted">
              <tr>
                <th className="px-3 py-2">Job</th>
                <th className="px-3 py-2">Trigger</th>
                <th className="px-3 py-2">Last run</th>
                <th className="px-3 py-2">Next run</th>
                <th className="px-3 py-2 text-right">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {jobs.data?.jobs.map((job) => (
                <tr key={job.id}>
                  <td className="px-3 py-2">
                    <div className="font-mono text-xs">{job.id}</div>
                    <div className="text-ink-muted">{job.description}</div>
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">
                    {job.trigger.kind === "cron" ? `cron ${job.trigger.cron} (${job.trigger.timezone})` : `event ${job.trigger.event}`}
                  </td>
                  <td className="px-3 py-2">
                    {job.lastRun ? (
                      <span className="flex items-center gap-2">
                        <StatusBadge status={job.lastRun.status} />
                        <span className="text-xs text-ink-muted">
                          {formatWhen(job.lastRun.startedAt)} · {formatDuration(job.lastRun.durationMs)}
                        </span>
                      </span>
                    ) : (
                      <span className="text-ink-subtle">never</span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-xs">{job.nextRunAt ? formatWhen(job.nextRunAt) : "—"}</td>
                  <td className="px-3 py-2 text-right">
                    {canRun && (
                      <Button size="sm" variant="secondary" loading={runNow.isPending && runNow.variables?.jobId === job.id} onClick={() => runNow.mutate({ jobId: job.id })} aria-label={`Run ${job.id} now`}>
                        Run now
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardBody>
    </Card>
  );
}
