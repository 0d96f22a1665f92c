"use client";
// Who goes short in one shortage and what they get instead.
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { SkeletonText, StatusBadge, TableHead } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { messageOf } from "@/lib/trpc-errors";
import { PROPOSAL_STATUS } from "./exception-labels";

export function ProposalList({ exceptionId, currency = "EUR" }: { exceptionId: string; currency?: string }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.shortages.proposals.queryOptions({ exceptionId }));
  if (q.isPending) return <SkeletonText lines={3} announce="Loading proposals…" />;
  if (q.isError) return <p role="alert" className="text-sm text-danger-fg">{messageOf(q.error)}</p>;
  if (q.data.length === 0) return <p className="text-sm text-ink-muted">No proposals yet: choose Propose to pick the orders that go short and their substitutes.</p>;
  return (
    <table className="w-full text-[13px]">
      <caption className="sr-only">Proposals</caption>
      <TableHead look="ruled" cellClassName="py-1.5 pr-3" columns={["Order", "Customer", "Channel", { label: "Units short", numeric: true }, "Instead", "Status"]} />
      <tbody>
        {q.data.map((p) => (
          <tr key={p.id} className="border-t border-line/60">
            <td className="py-1.5 pr-3 font-mono text-xs">{p.orderNumber}</td>
            <td className="py-1.5 pr-3">{p.customerName ?? "–"}</td>
            <td className="py-1.5 pr-3 text-ink-muted">{p.channel.toLowerCase()}</td>
            <td className="py-1.5 pr-3 text-right tabular-nums">{p.units}</td>
            <td className="py-1.5 pr-3">{p.substituteName ?? <span>Credit {formatMoney(p.creditMinor, currency)}</span>}</td>
            <td className="py-1.5 pr-3"><StatusBadge status={p.status} map={PROPOSAL_STATUS} label={p.customerDeclinedAt ? "Declined by customer" : undefined} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
