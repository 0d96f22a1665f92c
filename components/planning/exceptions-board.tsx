"use client";
// The planner's list of a week's exceptions: shortages first. A shortage opens to its proposals
// (who goes short, substitute or credit) with propose / approve / credit all / dismiss.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronDown, ChevronRight } from "lucide-react";
import { Fragment, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, EmptyState, SkeletonText, StatusBadge, TableHead, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import { DismissDialog } from "./dismiss-dialog";
import { EXCEPTION_KIND, EXCEPTION_STATUS } from "./exception-labels";
import { ProposalList } from "./proposal-list";

export function ExceptionsBoard({ week, canRun }: { week: string; canRun: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const list = useQuery(trpc.shortages.list.queryOptions({ isoWeek: week }));
  const [open, setOpen] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.shortages.pathKey() });
  const propose = useMutation(trpc.shortages.propose.mutationOptions({
    onSuccess: (r) => (toast.success(`${r.substitutes} substitutes and ${r.credits} credits proposed for ${r.unitsCovered} units`), setOpen(r.exceptionId), refresh()),
    onError: (e) => toast.error(messageOf(e)),
  }));
  const approve = useMutation(trpc.shortages.approve.mutationOptions({
    onSuccess: (r) => (toast.success(`Approved ${r.approved} proposals; ${r.orders} customers will be told`), refresh()),
    onError: (e) => toast.error(messageOf(e)),
  }));

  if (list.isPending) return <SkeletonText lines={6} announce="Loading exceptions…" />;
  if (list.isError) return <p role="alert" className="text-sm text-danger-fg">{messageOf(list.error)}</p>;
  if (list.data.length === 0) return <EmptyState title="No exceptions this week" text="Run the plan: shortages, surpluses and capacity risks it finds appear here." />;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Exceptions of {week}, shortages first</caption>
        <TableHead columns={[{ label: "Details", srOnly: true, className: "w-8" }, "Kind", "Item", "Zone / cluster", { label: "Units", numeric: true }, "Status", "Proposals", { label: "Actions", srOnly: true }]} />
        <tbody>
          {list.data.map((e) => {
            const kind = EXCEPTION_KIND[e.kind] ?? { label: e.kind, tone: "neutral" as const };
            const expanded = open === e.id;
            const busy = (propose.isPending && propose.variables?.exceptionId === e.id) || (approve.isPending && approve.variables?.exceptionId === e.id);
            return (
              <Fragment key={e.id}>
                <tr className="border-t border-line align-top">
                  <td className="px-3 py-2">
                    {e.kind === "SHORTAGE" && (
                      <Button size="sm" variant="ghost" icon={expanded ? <ChevronDown aria-hidden /> : <ChevronRight aria-hidden />} aria-expanded={expanded} aria-label={`${expanded ? "Hide" : "Show"} proposals for ${e.productName}`} onClick={() => setOpen(expanded ? null : e.id)} />
                    )}
                  </td>
                  <td className="px-3 py-2"><Badge tone={kind.tone} dot>{kind.label}</Badge></td>
                  <td className="px-3 py-2"><span className="font-medium">{e.productName}</span> <span className="text-ink-muted">{e.skuName}</span><span className="block font-mono text-xs text-ink-muted">{e.skuCode}</span></td>
                  <td className="px-3 py-2">{e.zoneCode ?? e.clusterName ?? "–"}{e.detail && <span className="block text-xs text-ink-muted">{e.detail}</span>}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{e.units.toLocaleString("en-GB")}</td>
                  <td className="px-3 py-2"><StatusBadge status={e.status} map={EXCEPTION_STATUS} />{e.resolution && <span className="block text-xs text-ink-muted">{e.resolution.toLowerCase()}</span>}</td>
                  <td className="px-3 py-2 text-ink-muted">{e.proposals > 0 ? `${e.substitutes} substitute${e.substitutes === 1 ? "" : "s"}, ${e.credits} credit${e.credits === 1 ? "" : "s"}` : "–"}</td>
                  <td className="px-3 py-2">
                    {canRun && e.kind === "SHORTAGE" && (e.status === "OPEN" || e.status === "PROPOSED") && (
                      <div className="flex flex-wrap justify-end gap-1">
                        <Button size="sm" variant="secondary" loading={busy && propose.isPending} onClick={() => propose.mutate({ exceptionId: e.id })}>{e.status === "OPEN" ? "Propose" : "Re-propose"}</Button>
                        {e.status === "PROPOSED" && <Button size="sm" loading={busy && approve.isPending} onClick={() => approve.mutate({ exceptionId: e.id })}>Approve</Button>}
                        {e.status === "PROPOSED" && <Button size="sm" variant="secondary" onClick={() => approve.mutate({ exceptionId: e.id, creditAll: true })}>Credit all</Button>}
                        <Button size="sm" variant="ghost" onClick={() => setDismissing(e.id)}>Dismiss</Button>
                      </div>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr className="bg-subtle/50">
                    <td />
                    <td colSpan={7} className="px-3 py-3"><ProposalList exceptionId={e.id} /></td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <DismissDialog exceptionId={dismissing} onClose={() => setDismissing(null)} onDone={refresh} />
    </div>
  );
}
