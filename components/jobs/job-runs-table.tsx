"use client";
// Recent job runs across engines, filterable by job and status, refreshed every few seconds.
import type { ColumnDef } from "@tanstack/react-table";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { DataTable, type DataTableState, type FilterDef } from "@/components/data-table";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardBody, CardHeader, CardTitle, StatusBadge } from "@/components/ui";
import { useHubDateTime } from "@/components/providers/hub-time";
import { formatDuration } from "./format";

type Run = { id: string; jobId: string; engine: string; trigger: string; attempt: number; status: string; startedAt: Date; durationMs: number | null; error: string | null };

function columnsFor(formatWhen: (d: Date) => string): ColumnDef<Run>[] {
  return [
  { id: "startedAt", header: "Started", enableSorting: true, cell: ({ row }) => formatWhen(row.original.startedAt) },
  { id: "jobId", header: "Job", cell: ({ row }) => row.original.jobId, meta: { className: "font-mono text-xs" } },
  { id: "status", header: "Status", cell: ({ row }) => <StatusBadge status={row.original.status} /> },
  { id: "engine", header: "Engine", cell: ({ row }) => `${row.original.engine} · ${row.original.trigger}` },
  { id: "attempt", header: "Attempt", cell: ({ row }) => row.original.attempt, meta: { align: "right" } },
  { id: "durationMs", header: "Duration", cell: ({ row }) => formatDuration(row.original.durationMs), meta: { align: "right" } },
  { id: "error", header: "Error", cell: ({ row }) => <span className="line-clamp-2 text-xs text-danger-fg">{row.original.error ?? ""}</span> },
  ];
}

export function JobRunsTable({ jobIds }: { jobIds: string[] }) {
  const trpc = useTRPC();
  const formatWhen = useHubDateTime("short");
  const columns = useMemo(() => columnsFor(formatWhen), [formatWhen]);
  const [state, setState] = useState<DataTableState>({ page: 0, pageSize: 25, sort: { id: "startedAt", desc: true }, filters: {} });
  const status = state.filters.status as "RUNNING" | "SUCCEEDED" | "FAILED" | undefined;
  const runs = useQuery({
    ...trpc.jobs.runs.queryOptions({ page: state.page + 1, pageSize: state.pageSize, sort: state.sort?.desc === false ? "asc" : "desc", jobId: state.filters.jobId || undefined, status }),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
  const filters: FilterDef[] = [
    { id: "jobId", label: "Job", type: "select", options: jobIds.map((id) => ({ value: id, label: id })) },
    { id: "status", label: "Status", type: "select", options: ["RUNNING", "SUCCEEDED", "FAILED"].map((s) => ({ value: s, label: s.toLowerCase() })) },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Recent runs</CardTitle>
      </CardHeader>
      <CardBody className="p-0">
        <DataTable
          caption="Recent job runs"
          columns={columns}
          rows={(runs.data?.items ?? []) as Run[]}
          total={runs.data?.total ?? 0}
          state={state}
          onStateChange={(next) => setState(next)}
          isLoading={runs.isLoading}
          filters={filters}
          getRowId={(r) => r.id}
          emptyMessage="No runs yet."
        />
      </CardBody>
    </Card>
  );
}
