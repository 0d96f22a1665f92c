"use client";
// Run a plan (or re-plan near the previous one) and publish a solved run. While a solve runs, the
// run's progress is polled from the server and shown as a progress bar.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { Button, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";

export function PlanActions({ week, selectedRunId, canPublish, hasPlan }: { week: string; selectedRunId: string | null; canPublish: boolean; hasPlan: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const run = useMutation(trpc.planning.runPlan.mutationOptions({
    onSuccess: (r) => (toast.success(r.reused ? "Inputs unchanged: the existing run was kept" : "Plan solved"), router.push(`?week=${week}&run=${r.runId}`), router.refresh()),
    onError: (e) => (toast.error(messageOf(e)), router.refresh()),
  }));
  const publish = useMutation(trpc.planning.publish.mutationOptions({
    onSuccess: () => (toast.success("Plan published: work packages issued to the farms"), router.refresh()),
    onError: (e) => toast.error(messageOf(e)),
  }));
  // Poll the week's runs while a solve is in flight: the running one carries progress and a message.
  const runs = useQuery({ ...trpc.planning.runs.queryOptions({ isoWeek: week }), enabled: run.isPending, refetchInterval: run.isPending ? 600 : false });
  const live = run.isPending ? runs.data?.find((r) => r.status === "RUNNING" || r.status === "QUEUED") : undefined;
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" loading={run.isPending && run.variables?.kind !== "REPLAN"} disabled={run.isPending} onClick={() => run.mutate({ isoWeek: week, kind: "WEEK", force: true })}>Run plan</Button>
        {hasPlan && <Button size="sm" variant="secondary" loading={run.isPending && run.variables?.kind === "REPLAN"} disabled={run.isPending} onClick={() => run.mutate({ isoWeek: week, kind: "REPLAN", force: true })}>Re-plan (keep close)</Button>}
        {canPublish && selectedRunId && <Button size="sm" variant="secondary" loading={publish.isPending} onClick={() => publish.mutate({ runId: selectedRunId })}>Publish this run</Button>}
      </div>
      {run.isPending && (
        <div className="w-72" role="status" aria-live="polite">
          <div className="h-2 overflow-hidden rounded-full bg-subtle" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={live?.progress ?? 5} aria-label="Plan progress">
            <div className="h-full rounded-full bg-info transition-all" style={{ width: `${Math.max(5, live?.progress ?? 5)}%` }} />
          </div>
          <p className="mt-1 text-xs text-ink-muted">{live?.message ?? "Loading pools, capacity and contracts…"}</p>
        </div>
      )}
    </div>
  );
}
