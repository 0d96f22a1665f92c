"use client";
// Dispatch configuration: each zone with its postcodes, cutoff, minimum, weekly windows and fees.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Card, CardBody, Dialog, FormAlert, SkeletonText } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { messageOf } from "@/lib/trpc-errors";
import { FeeRulesForm, WEEKDAYS, WindowForm, ZoneForm, type ZoneData } from "./zone-forms";

type Editing = { kind: "zone"; zone: ZoneData | null } | { kind: "window"; zone: ZoneData; window: ZoneData["windows"][number] | null } | { kind: "fees"; zone: ZoneData } | null;

export function ZonesConfig() {
  const trpc = useTRPC();
  const zones = useQuery(trpc.delivery.zones.queryOptions());
  const [editing, setEditing] = useState<Editing>(null);
  if (zones.isPending) return <SkeletonText lines={8} announce="Loading zones…" />;
  if (zones.isError) return <FormAlert>{messageOf(zones.error)}</FormAlert>;
  const { currency, locations } = zones.data;
  const money = (n: number) => formatMoney(n, currency);
  const close = () => setEditing(null);
  return (
    <div className="space-y-4">
      <Button onClick={() => setEditing({ kind: "zone", zone: null })}>New zone</Button>
      {zones.data.zones.map((z) => (
        <Card key={z.id}>
          <CardBody className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-base font-semibold"><span className="font-mono">{z.code}</span> · {z.name}</h2>
              {!z.active && <Badge tone="neutral">Inactive</Badge>}
              {z.polygon && <Badge tone="info">Polygon</Badge>}
              <div className="ml-auto flex gap-1">
                <Button size="sm" variant="secondary" onClick={() => setEditing({ kind: "zone", zone: z })} aria-label={`Edit zone ${z.code}`}>Edit</Button>
                <Button size="sm" variant="secondary" onClick={() => setEditing({ kind: "fees", zone: z })} aria-label={`Delivery fees of ${z.code}`}>Fees</Button>
                <Button size="sm" variant="secondary" onClick={() => setEditing({ kind: "window", zone: z, window: null })} aria-label={`Add a window to ${z.code}`}>Add window</Button>
              </div>
            </div>
            <p className="text-sm text-ink-muted">
              Postcodes {z.postcodePrefixes.join(", ") || "—"} · orders close {z.cutoffDaysBefore} {z.cutoffDaysBefore === 1 ? "day" : "days"} before at {z.cutoffTime} · minimum {money(z.minimumOrderMinor)} · from {locations.find((l) => l.id === z.fulfilmentLocationId)?.code ?? "?"} · fees {z.feeRules.map((r) => `${r.feeMinor === 0 ? "free" : money(r.feeMinor)} from ${money(r.minSubtotalMinor)}`).join(", ") || "none"}
            </p>
            <table className="w-full table-fixed text-sm">
              <caption className="sr-only">Weekly windows of {z.name}</caption>
              <thead className="text-left text-xs text-ink-muted uppercase">
                <tr><th scope="col" className="w-[25%] py-1 font-medium">Day</th><th scope="col" className="w-[25%] py-1 font-medium">Window</th><th scope="col" className="py-1 text-right font-medium">Places</th><th scope="col" className="py-1 text-right font-medium">Fee adj.</th><th scope="col" className="py-1 font-medium"><span className="sr-only">Actions</span></th></tr>
              </thead>
              <tbody>
                {z.windows.map((w) => (
                  <tr key={w.id} className="border-t border-line">
                    <td className="py-1">{WEEKDAYS[w.weekday - 1]}{!w.active && <Badge tone="neutral" className="ml-2">Off</Badge>}</td>
                    <td className="py-1 tabular-nums">{w.startTime}–{w.endTime}</td>
                    <td className="py-1 text-right tabular-nums">{w.capacity}</td>
                    <td className="py-1 text-right tabular-nums">{w.feeAdjustMinor ? money(w.feeAdjustMinor) : "—"}</td>
                    <td className="py-1 text-right"><Button size="sm" variant="ghost" onClick={() => setEditing({ kind: "window", zone: z, window: w })} aria-label={`Edit ${WEEKDAYS[w.weekday - 1]} ${w.startTime} window of ${z.code}`}>Edit</Button></td>
                  </tr>
                ))}
                {z.windows.length === 0 && <tr><td colSpan={5} className="py-2 text-ink-muted">No windows yet.</td></tr>}
              </tbody>
            </table>
          </CardBody>
        </Card>
      ))}
      <Dialog open={editing?.kind === "zone"} onClose={close} title={editing?.kind === "zone" && editing.zone ? `Edit ${editing.zone.code}` : "New zone"} size="lg">
        {editing?.kind === "zone" && <ZoneForm zone={editing.zone} locations={locations} currency={currency} onDone={close} />}
      </Dialog>
      <Dialog open={editing?.kind === "window"} onClose={close} title={editing?.kind === "window" && editing.window ? "Edit window" : "New weekly window"}>
        {editing?.kind === "window" && <WindowForm zoneId={editing.zone.id} window={editing.window} currency={currency} onDone={close} />}
      </Dialog>
      <Dialog open={editing?.kind === "fees"} onClose={close} title="Delivery fees">
        {editing?.kind === "fees" && <FeeRulesForm zone={editing.zone} currency={currency} onDone={close} />}
      </Dialog>
    </div>
  );
}
