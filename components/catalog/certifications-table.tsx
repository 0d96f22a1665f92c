"use client";
// Certifications with status colours (valid, expiring within 30 days, expired), document links
// that are fetched fresh (10-minute signed URLs) on every click, create/edit/delete.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FileText, Plus } from "lucide-react";
import { DataTable, useUrlTableState, type FilterDef } from "@/components/data-table";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Dialog, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import type { CertificationRow } from "@/server/catalog/certification-list";
import { CertificationDialog } from "./certification-dialog";
import { CERT_STATUS, formatDay, SCHEME_LABELS, SCHEME_OPTIONS } from "./labels";
import { CERTIFICATION_TABLE_DEFAULTS } from "./table-defaults";

function remaining(days: number): string {
  if (days < 0) return `expired ${-days} day${days === -1 ? "" : "s"} ago`;
  if (days === 0) return "last day today";
  return `${days} day${days === 1 ? "" : "s"} left`;
}

const columns: ColumnDef<CertificationRow>[] = [
  { id: "holder", header: "Farm / cluster", enableSorting: true, cell: ({ row }) => <span className="font-medium">{row.original.organisationName}</span> },
  { id: "scheme", header: "Scheme", enableSorting: true, cell: ({ row }) => SCHEME_LABELS[row.original.scheme] },
  { id: "number", header: "Number", enableSorting: true, meta: { className: "font-mono text-xs" }, cell: ({ row }) => row.original.number },
  { id: "issuer", header: "Issuer", cell: ({ row }) => row.original.issuer },
  { id: "validTo", header: "Valid", enableSorting: true, cell: ({ row }) => `${formatDay(row.original.validFrom)} – ${formatDay(row.original.validTo)}` },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <span className="flex items-center gap-2">
        <Badge tone={CERT_STATUS[row.original.status].tone} dot>
          {CERT_STATUS[row.original.status].label}
        </Badge>
        <span className="text-xs text-ink-muted">{remaining(row.original.daysLeft)}</span>
      </span>
    ),
  },
];

const filters: FilterDef[] = [
  { id: "q", label: "Search", type: "text", placeholder: "Number, issuer or holder" },
  { id: "status", label: "Status", type: "select", options: (Object.keys(CERT_STATUS) as (keyof typeof CERT_STATUS)[]).map((value) => ({ value, label: CERT_STATUS[value].label })) },
  { id: "scheme", label: "Scheme", type: "select", options: SCHEME_OPTIONS },
];

export function CertificationsTable({ rows, total }: { rows: CertificationRow[]; total: number }) {
  const table = useUrlTableState(CERTIFICATION_TABLE_DEFAULTS);
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<{ certification: CertificationRow | null } | null>(null);
  const [deleting, setDeleting] = useState<CertificationRow | null>(null);
  const remove = useMutation(trpc.catalog.certifications.delete.mutationOptions({ onError: (e) => toast.error(messageOf(e)) }));

  async function openDocument(row: CertificationRow) {
    // Open the tab within the click (popup blockers), then point it at the fresh signed link.
    const tab = window.open("", "_blank");
    try {
      const { url } = await queryClient.fetchQuery({ ...trpc.catalog.certifications.documentUrl.queryOptions({ id: row.id }), staleTime: 0 });
      if (tab) {
        tab.opener = null;
        tab.location.replace(url);
      } else window.location.assign(url);
    } catch (error) {
      tab?.close();
      toast.error(messageOf(error));
    }
  }

  function rowActions(row: CertificationRow) {
    return (
      <>
        {row.documentName && (
          <Button size="sm" variant="ghost" icon={<FileText aria-hidden />} onClick={() => void openDocument(row)} aria-label={`View the document of certificate ${row.number}`} title={`Open ${row.documentName} (link valid 10 minutes)`} />
        )}
        <Button size="sm" variant="secondary" onClick={() => setDialog({ certification: row })} aria-label={`Edit certificate ${row.number}`}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setDeleting(row)} aria-label={`Delete certificate ${row.number}`}>
          Delete
        </Button>
      </>
    );
  }

  return (
    <>
      <DataTable
        caption="Certifications"
        columns={columns}
        rows={rows}
        total={total}
        {...table}
        filters={filters}
        getRowId={(r) => r.id}
        emptyMessage="No certifications match these filters."
        toolbar={
          <Button icon={<Plus aria-hidden />} onClick={() => setDialog({ certification: null })}>
            Add certification
          </Button>
        }
        rowActions={rowActions}
      />
      <CertificationDialog open={dialog !== null} certification={dialog?.certification ?? null} onClose={() => setDialog(null)} onSaved={() => router.refresh()} />
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this certification?"
        description="Its document is deleted too. Lots of this holder no longer show it."
        size="sm"
        footer={
          <>
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button variant="danger" loading={remove.isPending} onClick={() => deleting && remove.mutate({ id: deleting.id }, { onSuccess: () => (toast.success("Certification deleted"), setDeleting(null), router.refresh()) })}>
              Delete
            </Button>
          </>
        }
      >
        {deleting && (
          <p className="text-ink-muted">
            {SCHEME_LABELS[deleting.scheme]} {deleting.number} · {deleting.organisationName}
          </p>
        )}
      </Dialog>
    </>
  );
}
