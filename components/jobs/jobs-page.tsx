"use client";
// The Jobs page body (admin and developer portals): jobs, outbox health, recent runs.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { PageHeader } from "@/components/ui";
import { JobListCard } from "./job-list-card";
import { JobRunsTable } from "./job-runs-table";
import { OutboxCard } from "./outbox-card";

export function JobsPage({ canRun }: { canRun: boolean }) {
  const trpc = useTRPC();
  const jobs = useQuery(trpc.jobs.list.queryOptions());
  return (
    <div className="space-y-6">
      <PageHeader title="Jobs & events" description="Schedules, recent runs, the outbox backlog and dead letters. Refreshes every 5 seconds." />
      <JobListCard canRun={canRun} />
      <OutboxCard canRun={canRun} />
      <JobRunsTable jobIds={jobs.data?.jobs.map((j) => j.id) ?? []} />
    </div>
  );
}
