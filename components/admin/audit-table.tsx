"use client";
// Audit entries, newest first, filterable by action prefix and actor email.
import type { ColumnDef } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useHubDateTime } from "@/components/providers/hub-time";
import { Badge, type Tone } from "@/components/ui";
import type { AuditRow } from "@/server/identity/directory";
import { AUDIT_TABLE_DEFAULTS } from "./user-table-defaults";


function toneOf(action: string): Tone {
  if (action.endsWith("failed") || action.endsWith("blocked") || action.endsWith("revoked") || action.endsWith("deactivated")) return "danger";
  if (action.endsWith("granted") || action.endsWith("invited")) return "info";
  return "success";
}

function columnsFor(dateTime: (d: Date) => string): ColumnDef<AuditRow>[] {
  return [
  { id: "createdAt", header: "When", enableSorting: true, cell: ({ row }) => <time dateTime={row.original.createdAt.toISOString()}>{dateTime(row.original.createdAt)}</time> },
  { id: "action", header: "Action", cell: ({ row }) => <Badge tone={toneOf(row.original.action)}>{row.original.action}</Badge> },
  { id: "actor", header: "Actor", cell: ({ row }) => row.original.actorEmail ?? "—", meta: { className: "font-mono text-xs" } },
  { id: "target", header: "Target", cell: ({ row }) => (row.original.targetType ? `${row.original.targetType} ${row.original.targetId ?? ""}` : "—"), meta: { className: "font-mono text-xs" } },
  {
    id: "data",
    header: "Details",
    cell: ({ row }) => {
      const text = JSON.stringify(row.original.data);
      return text === "{}" ? "—" : <code className="text-xs text-ink-muted">{text}</code>;
    },
  },
  { id: "ip", header: "IP", cell: ({ row }) => row.original.ip ?? "—", meta: { className: "font-mono text-xs" } },
  ];
}

const filters: FilterDef[] = [
  {
    id: "action",
    label: "Action",
    type: "select",
    options: [
      { value: "auth.", label: "Sign-ins" },
      { value: "membership.", label: "Role changes" },
      { value: "user.", label: "Account changes" },
    ],
  },
  { id: "actor", label: "Actor", type: "text", placeholder: "Actor email" },
];

export function AuditTable({ rows, total }: { rows: AuditRow[]; total: number }) {
  const table = useUrlTableState(AUDIT_TABLE_DEFAULTS);
  const dateTime = useHubDateTime("short");
  const columns = useMemo(() => columnsFor(dateTime), [dateTime]);
  return (
    <DataTable caption="Audit log" columns={columns} rows={rows} total={total} {...table} filters={filters} getRowId={(r) => r.id} />
  );
}
