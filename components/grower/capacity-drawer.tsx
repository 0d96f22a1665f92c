"use client";
// One product's capacity over the grid's weeks: pick a week to revise units and confidence with a
// reason, and read every declaration and revision made to it (who, when, from what to what).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, cn, Drawer, Field, FormAlert, Input, Select, SkeletonText, TableHead, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { GridRow } from "@/server/supply";
import { confidenceOptions, percent, shortWeek, units, weekMonday } from "./weeks";

type Props = { row: GridRow | null; weeks: string[]; clusterId: string; timeZone: string; onClose: () => void };


export function CapacityDrawer({ row, weeks, clusterId, timeZone, onClose }: Props) {
  const [selected, setSelected] = useState(0);
  return (
    <Drawer open={row !== null} onClose={() => (setSelected(0), onClose())} widthClassName="max-w-xl"
      title={row ? `${row.productName} · ${row.pack}` : ""} description={row ? `${row.skuCode} · capacity in units per week` : undefined}>
      {row && (
        <div className="space-y-5">
          <table className="w-full text-sm">
            <caption className="sr-only">Capacity per week</caption>
            <TableHead look="ruled" cellClassName="px-2 py-1.5" columns={["Week", { label: "Units", numeric: true }, { label: "Confidence", numeric: true }, "Last change"]} />
            <tbody>
              {weeks.map((w, i) => {
                const c = row.cells[i];
                return (
                  <tr key={w} className={cn("border-b border-line", i === selected && "bg-info-soft")}>
                    <td className="px-2 py-1">
                      <button type="button" className="rounded-sm font-medium hover:underline" aria-pressed={i === selected} onClick={() => setSelected(i)}>
                        {shortWeek(w)} <span className="font-normal text-ink-muted">{weekMonday(w)}</span>
                      </button>
                    </td>
                    <td className="px-2 py-1 text-right tabular-nums">{c ? units(c.units) : "–"}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{c ? percent(c.confidence) : "–"}</td>
                    <td className="truncate px-2 py-1 text-xs text-ink-muted">{c?.lastChange ? `${c.lastChange.by ?? "Seed"}: ${c.lastChange.reason || "declared"}` : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ReviseForm key={`${row.skuId}|${weeks[selected]}|${row.cells[selected]?.version ?? 0}`} row={row} week={weeks[selected]!} index={selected} clusterId={clusterId} />
          {row.cells[selected] && <HistoryList snapshotId={row.cells[selected]!.snapshotId} timeZone={timeZone} />}
        </div>
      )}
    </Drawer>
  );
}

function ReviseForm({ row, week, index, clusterId }: { row: GridRow; week: string; index: number; clusterId: string }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const toast = useToast();
  const cell = row.cells[index] ?? null;
  const [value, setValue] = useState(cell ? String(cell.units) : "");
  const [confidence, setConfidence] = useState(String(cell?.confidence ?? 0.9));
  const [reason, setReason] = useState("");
  const save = useMutation(trpc.supply.declareCapacity.mutationOptions({
    onSuccess: (r) => (toast.success(r.changed ? `Week ${shortWeek(week)} saved` : "Nothing changed"), client.invalidateQueries({ queryKey: trpc.supply.pathKey() })),
    onError: (e) => { if ((e as { data?: { code?: string } }).data?.code === "CONFLICT") void client.invalidateQueries({ queryKey: trpc.supply.pathKey() }); },
  }));
  const errors = fieldErrorsOf(save.error);
  const known = new Set(["units", "confidence", "reason", "isoWeek"]);
  const other = save.error && !Object.keys(errors).some((k) => known.has(k)) ? messageOf(save.error) : null;
  return (
    <form className="space-y-3 rounded-lg border border-line p-3" aria-label={`Revise week ${shortWeek(week)}`}
      onSubmit={(e) => (e.preventDefault(), save.mutate({ clusterId, skuId: row.skuId, isoWeek: week, units: value === "" ? Number.NaN : Number(value), confidence: Number(confidence), reason, expectedVersion: cell?.version ?? 0 }))}>
      <h3 className="text-sm font-semibold">{cell ? "Revise" : "Declare"} week {shortWeek(week)}</h3>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Units" required errors={errors.units ?? errors.isoWeek}>
          <Input type="number" min={0} step={1} value={value} onChange={(e) => setValue(e.target.value)} className="tabular-nums" />
        </Field>
        <Field label="Confidence" errors={errors.confidence}>
          <Select value={confidence} onChange={(e) => setConfidence(e.target.value)} options={confidenceOptions(cell?.confidence)} />
        </Field>
      </div>
      <Field label="Reason" required={cell !== null} hint={cell ? "Planners see it with the change." : undefined} errors={errors.reason}>
        <Input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      </Field>
      {other && <FormAlert>{other}</FormAlert>}
      <div className="flex justify-end"><Button type="submit" size="sm" loading={save.isPending}>Save week {shortWeek(week)}</Button></div>
    </form>
  );
}

function HistoryList({ snapshotId, timeZone }: { snapshotId: string; timeZone: string }) {
  const when = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  const trpc = useTRPC();
  const history = useQuery(trpc.supply.capacityHistory.queryOptions({ snapshotId }));
  if (history.isPending) return <SkeletonText lines={3} announce="Loading history…" />;
  if (history.isError) return <FormAlert>{messageOf(history.error)}</FormAlert>;
  return (
    <section aria-labelledby="cap-history">
      <h3 id="cap-history" className="mb-2 text-sm font-semibold">History of week {shortWeek(history.data.isoWeek)}</h3>
      <ol className="space-y-2">
        {history.data.changes.map((c) => (
          <li key={c.id} className="rounded-md border border-line px-3 py-2">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-medium tabular-nums">
                {c.beforeUnits === null ? `Declared ${units(c.afterUnits)}` : `${units(c.beforeUnits)} → ${units(c.afterUnits)}`} units
                <span className="ml-2 font-normal text-ink-muted">{c.beforeConfidence === null || c.beforeConfidence === c.afterConfidence ? percent(c.afterConfidence) : `${percent(c.beforeConfidence)} → ${percent(c.afterConfidence)}`}</span>
              </span>
              <time className="text-xs text-ink-muted" dateTime={new Date(c.createdAt).toISOString()}>{when.format(new Date(c.createdAt))}</time>
            </p>
            <p className="text-xs text-ink-muted">{c.by ?? "Seed data"}{c.reason && ` · ${c.reason}`}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
