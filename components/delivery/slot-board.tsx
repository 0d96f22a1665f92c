"use client";
// Dispatch: delivery slots per day in a dense table (zone, window, cutoff, capacity, booked,
// utilisation) with capacity edited in place; it may never go below what is booked.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Card, cn, FormAlert, Input, SkeletonTable, TableHead, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dayLabel = (iso: string) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(new Date(`${iso}T00:00:00Z`));

export function SlotBoard({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const [from, setFrom] = useState<string | undefined>(undefined);
  const board = useQuery(trpc.delivery.slotBoard.queryOptions({ from, days: 7 }));
  const client = useQueryClient();
  const toast = useToast();
  const generate = useMutation(trpc.delivery.generateSlots.mutationOptions({
    onSuccess: (r) => (toast.success(r.created ? `${r.created} slots created` : "All slots already exist"), client.invalidateQueries({ queryKey: trpc.delivery.slotBoard.pathKey() })),
    onError: (e) => toast.error(messageOf(e)),
  }));
  if (board.isPending) return <SkeletonTable rows={8} cols={6} announce="Loading slots…" />;
  if (board.isError) return <FormAlert>{messageOf(board.error)}</FormAlert>;
  const days = [...new Set(board.data.slots.map((s) => s.date))];
  const cutoff = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(d));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" icon={<ChevronLeft aria-hidden />} onClick={() => setFrom(addDays(board.data.from, -7))}>Previous week</Button>
        <span className="text-sm font-medium" aria-live="polite">{dayLabel(board.data.from)} – {dayLabel(addDays(board.data.from, 6))}</span>
        <Button variant="secondary" size="sm" onClick={() => setFrom(addDays(board.data.from, 7))}>Next week<ChevronRight aria-hidden /></Button>
        <Button className="ml-auto" size="sm" variant="secondary" loading={generate.isPending} onClick={() => generate.mutate({ weeks: 4 })}>Generate 4 weeks</Button>
      </div>
      {days.length === 0 && <p className="text-sm text-ink-muted">No slots in these days. Add weekly windows to the zones, then generate.</p>}
      {days.map((date) => (
        <Card key={date}>
          <table className="w-full table-fixed text-sm">
            <caption className="border-b border-line px-4 py-2 text-left font-semibold">{dayLabel(date)}</caption>
            <TableHead
              look="plain"
              className="uppercase"
              cellClassName="px-4 py-1.5"
              columns={[
                { label: "Zone", className: "w-[30%]" },
                { label: "Window", className: "w-[12%]" },
                { label: "Cutoff", className: "w-[12%]" },
                { label: "Booked", numeric: true, className: "w-[9%]" },
                { label: "Utilisation", className: "w-[17%]" },
                "Capacity",
              ]}
            />
            <tbody>
              {board.data.slots.filter((s) => s.date === date).map((s) => (
                <tr key={s.id} className="border-t border-line">
                  <td className="truncate px-4 py-1.5"><span className="font-mono text-xs">{s.zoneCode}</span> <span className="text-ink-muted">{s.zoneName}</span></td>
                  <td className="px-4 py-1.5 tabular-nums">{s.window}</td>
                  <td className="px-4 py-1.5">{s.closed ? <Badge tone="neutral">Closed</Badge> : cutoff(s.cutoffAt)}</td>
                  <td className="px-4 py-1.5 text-right tabular-nums">{s.booked}</td>
                  <td className="px-4 py-1.5"><Utilisation booked={s.booked} capacity={s.capacity} /></td>
                  <td className="px-4 py-1.5"><CapacityEditor slotId={s.id} capacity={s.capacity} label={`${s.zoneCode} ${s.window}`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ))}
    </div>
  );
}

function Utilisation({ booked, capacity }: { booked: number; capacity: number }) {
  const pct = capacity === 0 ? 100 : Math.round((booked / capacity) * 100);
  const tone = pct >= 100 ? "bg-danger" : pct >= 80 ? "bg-warning" : "bg-success";
  return (
    <div className="flex items-center gap-2">
      <div role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label="Utilisation" className="h-2 flex-1 overflow-hidden rounded-full bg-muted">
        <div className={cn("h-full", tone)} style={{ width: `${Math.min(100, pct)}%` }} />
      </div>
      <span className="w-10 text-right text-xs tabular-nums">{pct} %</span>
    </div>
  );
}

function CapacityEditor({ slotId, capacity, label }: { slotId: string; capacity: number; label: string }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const toast = useToast();
  const [value, setValue] = useState(String(capacity));
  const save = useMutation(trpc.delivery.setSlotCapacity.mutationOptions({
    onSuccess: () => (toast.success("Capacity saved"), client.invalidateQueries({ queryKey: trpc.delivery.slotBoard.pathKey() })),
  }));
  const error = fieldErrorsOf(save.error).capacity?.join(" ") ?? (save.error ? messageOf(save.error) : null);
  const errorId = `cap-${slotId}-error`;
  return (
    <form className="flex items-center gap-1.5" onSubmit={(e) => (e.preventDefault(), save.mutate({ slotId, capacity: Number(value) }))}>
      <label className="sr-only" htmlFor={`cap-${slotId}`}>Capacity of {label}</label>
      <Input id={`cap-${slotId}`} dense type="number" min={0} value={value} onChange={(e) => setValue(e.target.value)} className="w-20" aria-invalid={Boolean(error) || undefined} aria-describedby={error ? errorId : undefined} />
      {value !== String(capacity) && <Button size="sm" type="submit" loading={save.isPending}>Save</Button>}
      {error && <span id={errorId} role="alert" className="text-xs leading-tight text-danger-fg">{error}</span>}
    </form>
  );
}
