"use client";
// Per zone: demand of the week by source, its cutoff and whether its pools are closed; the
// planner may close a zone's week early (or all of them) and refresh the projections.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { useHubDateTime } from "@/components/providers/hub-time";
import { Badge, Button, TableHead, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import type { WeekSummary } from "@/server/demand/pools/queries";

const n = (v: number) => v.toLocaleString("en-GB");

export function ZoneWeekSummary({ summary, canRun }: { summary: WeekSummary; canRun: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const dateTime = useHubDateTime("short");
  const done = (msg: string) => (toast.success(msg), router.refresh());
  const close = useMutation(trpc.demand.pools.closeWeek.mutationOptions({
    onSuccess: (r) => done(r.closed.length ? `Closed ${r.closed.reduce((s, z) => s + z.pools, 0)} pools in ${r.closed.length} zones` : "Nothing left to close"),
    onError: (e) => toast.error(messageOf(e)),
  }));
  const refresh = useMutation(trpc.demand.pools.refresh.mutationOptions({ onSuccess: () => done("Projections and forecast buffers refreshed"), onError: (e) => toast.error(messageOf(e)) }));
  const t = summary.totals;
  return (
    <div className="space-y-2">
      {canRun && (
        <div className="flex flex-wrap justify-end gap-2">
          <Button size="sm" variant="secondary" loading={refresh.isPending} onClick={() => refresh.mutate({ isoWeek: summary.isoWeek })}>Refresh projections</Button>
          <Button size="sm" variant="secondary" loading={close.isPending && !close.variables?.zoneId} onClick={() => close.mutate({ isoWeek: summary.isoWeek })} disabled={summary.zones.every((z) => z.closed || z.pools === 0)}>Close all zones now</Button>
        </div>
      )}
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full text-sm">
          <caption className="sr-only">Demand of {summary.isoWeek} per delivery zone</caption>
          <TableHead columns={["Zone", { label: "Pools", numeric: true }, { label: "Ordered", numeric: true }, { label: "Boxes", numeric: true }, { label: "To renew", numeric: true }, { label: "Business", numeric: true }, { label: "Buffer", numeric: true }, { label: "Total", numeric: true }, "Cutoff", "Status", { label: "Actions", srOnly: true }]} />
          <tbody>
            {summary.zones.map((z) => (
              <tr key={z.zoneId} className="border-t border-line">
                <td className="px-3 py-2"><span className="font-mono text-xs">{z.zoneCode}</span> <span className="text-ink-muted">{z.zoneName}</span></td>
                <td className="px-3 py-2 text-right tabular-nums">{n(z.pools)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{n(z.orderedUnits)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{n(z.subscribedUnits)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{n(z.projectedSubscribedUnits)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{n(z.b2bUnits)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{n(z.forecastBufferUnits)}</td>
                <td className="px-3 py-2 text-right font-semibold tabular-nums">{n(z.totalUnits)}</td>
                <td className="px-3 py-2 whitespace-nowrap text-xs">{z.cutoffAt ? dateTime(new Date(z.cutoffAt)) : "–"}</td>
                <td className="px-3 py-2">{z.pools === 0 ? <Badge>No demand</Badge> : z.closed ? <Badge tone="neutral" dot>Closed</Badge> : z.cutoffPassed ? <Badge tone="warning" dot>Cutoff passed</Badge> : <Badge tone="info" dot>Open</Badge>}</td>
                <td className="px-3 py-2 text-right">
                  {canRun && !z.closed && z.pools > 0 && (
                    <Button size="sm" variant="ghost" loading={close.isPending && close.variables?.zoneId === z.zoneId} onClick={() => close.mutate({ isoWeek: summary.isoWeek, zoneId: z.zoneId })} aria-label={`Close ${z.zoneName} for ${summary.isoWeek}`}>Close</Button>
                  )}
                </td>
              </tr>
            ))}
            <tr className="border-t-2 border-line font-semibold">
              <th scope="row" className="px-3 py-2 text-left">All zones</th>
              <td className="px-3 py-2 text-right tabular-nums">{n(t.pools)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{n(t.orderedUnits)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{n(t.subscribedUnits)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{n(t.projectedSubscribedUnits)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{n(t.b2bUnits)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{n(t.forecastBufferUnits)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{n(t.totalUnits)}</td>
              <td colSpan={3} />
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
