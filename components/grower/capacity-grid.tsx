"use client";
// A cluster's capacity: SKU rows x week columns, every cell a units input. Edits collect in a save
// bar (one reason for all, saved together, stale cells refused); the SKU name opens a drawer with
// each week's history and a full revision form (units, confidence, reason).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Card, cn, EmptyState, FormAlert, Input, SkeletonTable, useToast } from "@/components/ui";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { GridRow } from "@/server/supply";
import { CapacityDrawer } from "./capacity-drawer";
import { CapacitySaveBar } from "./capacity-save-bar";
import { shortWeek, units, weekMonday } from "./weeks";

type Edits = Record<string, string>;
const cellKey = (skuId: string, week: string) => `${skuId}|${week}`;

export function CapacityGrid({ clusterId, timeZone }: { clusterId?: string; timeZone: string }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const toast = useToast();
  const grid = useQuery(trpc.supply.capacityGrid.queryOptions({ clusterId, weeks: 13 }));
  const [edits, setEdits] = useState<Edits>({});
  const [filter, setFilter] = useState("");
  const [openSku, setOpenSku] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const tableRef = useRef<HTMLTableElement>(null);
  const save = useMutation(trpc.supply.declareCapacityBulk.mutationOptions({
    onSuccess: (r) => {
      toast.success(r.changed === 1 ? "1 capacity saved" : `${r.changed} capacities saved`);
      setEdits({});
      setErrors({});
      void client.invalidateQueries({ queryKey: trpc.supply.pathKey() });
    },
  }));
  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return (grid.data?.rows ?? []).filter((r) => !q || `${r.skuCode} ${r.productName} ${r.pack}`.toLowerCase().includes(q));
  }, [grid.data, filter]);

  if (grid.isPending) return <SkeletonTable rows={10} cols={8} announce="Loading capacity…" />;
  if (grid.isError) return <FormAlert>{messageOf(grid.error)}</FormAlert>;
  const { weeks, currentWeek } = grid.data;
  const changed = changedEntries(grid.data.rows, weeks, edits);

  const submit = (reason: string) => {
    setErrors({});
    save.mutate({ clusterId: grid.data.cluster.id, reason, entries: changed.map((c) => c.entry) }, {
      onError: (e) => {
        setErrors(cellErrors(fieldErrorsOf(e), changed.map((c) => c.key), e));
        // A cell changed meanwhile: load its new value and version, keep the person's edits.
        if ((e as { data?: { code?: string } }).data?.code === "CONFLICT") void client.invalidateQueries({ queryKey: trpc.supply.capacityGrid.pathKey() });
      },
    });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const down = e.key === "ArrowDown" || e.key === "Enter";
    if (!down && e.key !== "ArrowUp") return;
    e.preventDefault();
    const next = tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${row + (down ? 1 : -1)}"][data-col="${col}"]`);
    next?.focus();
    next?.select();
  };
  const totals = weeks.map((w, i) => rows.reduce((sum, r) => sum + valueOf(r, i, w, edits), 0));
  const drawerRow = grid.data.rows.find((r) => r.skuId === openSku) ?? null;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Find a product
          <Input dense type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Code or name" className="w-64" />
        </label>
        <p className="text-xs text-ink-muted">
          Units per week from {shortWeek(currentWeek)}. <span className="font-semibold text-ink">Bold</span> = revised since first declared.{" "}
          <span className="rounded-sm bg-warning-soft px-1 text-warning-fg">Tinted</span>{" "}= confidence below 75 %. Arrow keys or Enter move between rows; open a product for its history and confidence.
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No products" text={filter ? "Nothing matches this search." : "No farm in this cluster grows anything yet."} />
      ) : (
        <Card className="overflow-x-auto">
          <table ref={tableRef} className="w-full border-separate border-spacing-0 text-sm">
            <caption className="sr-only">Capacity of {grid.data.cluster.name} by product and week, in units</caption>
            <thead className="bg-subtle text-xs text-ink-muted">
              <tr>
                <th scope="col" className="sticky left-0 z-10 w-60 min-w-52 border-b border-line bg-subtle px-3 py-2 text-left font-medium">Product</th>
                {weeks.map((w) => (
                  <th key={w} scope="col" className={cn("border-b border-line px-2 py-2 text-right font-medium", w === currentWeek && "text-ink")}>
                    <span className="block">{shortWeek(w)}</span>
                    <span className="block font-normal">{weekMonday(w)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, ri) => (
                <tr key={r.skuId} className="group">
                  <th scope="row" className="sticky left-0 z-10 border-b border-line bg-surface px-3 py-0.5 text-left font-normal group-hover:bg-subtle">
                    <button type="button" onClick={() => setOpenSku(r.skuId)} className="flex w-full items-center gap-2 rounded-sm text-left hover:underline" aria-label={`${r.productName}, ${r.pack}: history and confidence`}>
                      <span className="min-w-0 flex-1 truncate"><span className="font-medium">{r.productName}</span> <span className="text-ink-muted">{r.pack}</span></span>
                      <History aria-hidden className="size-3.5 shrink-0 text-ink-subtle" />
                    </button>
                    <span className="block font-mono text-[11px] text-ink-subtle">{r.skuCode}</span>
                  </th>
                  {weeks.map((w, ci) => (
                    <GridCellInput key={w} row={r} week={w} index={ci} ri={ri} edits={edits} error={errors[cellKey(r.skuId, w)]} setEdits={setEdits} onKey={onKey} />
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="bg-subtle text-xs font-medium">
                <th scope="row" className="sticky left-0 z-10 bg-subtle px-3 py-2 text-left">Total{filter && " (shown)"}</th>
                {totals.map((t, i) => <td key={weeks[i]} className="px-2 py-2 text-right tabular-nums">{units(t)}</td>)}
              </tr>
            </tfoot>
          </table>
        </Card>
      )}
      <CapacitySaveBar count={changed.length} revisions={changed.filter((c) => c.entry.expectedVersion! > 0).length} pending={save.isPending}
        reasonError={fieldErrorsOf(save.error).reason?.join(" ")} formError={errors._form} onSave={submit} onDiscard={() => (setEdits({}), setErrors({}), save.reset())} />
      <CapacityDrawer row={drawerRow} weeks={weeks} clusterId={grid.data.cluster.id} timeZone={timeZone} onClose={() => setOpenSku(null)} />
    </div>
  );
}

type CellProps = { row: GridRow; week: string; index: number; ri: number; edits: Edits; error?: string; setEdits: (f: (e: Edits) => Edits) => void; onKey: (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => void };

function GridCellInput({ row, week, index, ri, edits, error, setEdits, onKey }: CellProps) {
  const cell = row.cells[index] ?? null;
  const key = cellKey(row.skuId, week);
  const value = edits[key] ?? (cell ? String(cell.units) : "");
  const dirty = key in edits && edits[key] !== (cell ? String(cell.units) : "");
  const low = cell && cell.confidence < 0.75;
  const errorId = `cap-${key}-error`;
  return (
    <td className={cn("border-b border-line px-0.5 py-0.5 align-top", low && "bg-warning-soft/70")}>
      <Input
        dense inputMode="numeric" type="text" value={value} placeholder="–" data-row={ri} data-col={index}
        aria-label={`${row.productName} ${row.pack}, week ${shortWeek(week)}: units${low ? `, low confidence ${Math.round(cell.confidence * 100)} %` : ""}`}
        aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}
        onChange={(e) => setEdits((all) => ({ ...all, [key]: e.target.value.replace(/[^\d]/g, "") }))}
        onKeyDown={(e) => onKey(e, ri, index)} onFocus={(e) => e.target.select()}
        className={cn(
          "h-7 w-14 border-transparent bg-transparent px-1.5 text-right tabular-nums shadow-none hover:border-line",
          dirty && "border-info bg-info-soft font-medium hover:border-info",
          error && "border-danger",
          cell && cell.version > 1 && !dirty && "font-semibold",
        )}
      />
      {error && <span id={errorId} role="alert" className="mt-0.5 block max-w-24 text-[11px] leading-tight text-danger-fg">{error}</span>}
    </td>
  );
}

function valueOf(r: GridRow, i: number, w: string, edits: Edits): number {
  const edited = edits[cellKey(r.skuId, w)];
  if (edited !== undefined) return Number(edited) || 0;
  return r.cells[i]?.units ?? 0;
}

type Changed = { key: string; entry: { skuId: string; isoWeek: string; units: number; confidence: number; expectedVersion: number } };

/** Edited cells whose value differs from the grid, as bulk entries (new cells at 90 % confidence). */
function changedEntries(rows: GridRow[], weeks: string[], edits: Edits): Changed[] {
  const out: Changed[] = [];
  for (const r of rows) weeks.forEach((w, i) => {
    const key = cellKey(r.skuId, w);
    const raw = edits[key];
    const cell = r.cells[i];
    if (raw === undefined || raw === "" || raw === (cell ? String(cell.units) : "")) return;
    out.push({ key, entry: { skuId: r.skuId, isoWeek: w, units: Number(raw), confidence: cell?.confidence ?? 0.9, expectedVersion: cell?.version ?? 0 } });
  });
  return out;
}

/** Server field errors ("entries.3.units") mapped back to cells; anything else becomes a form message. */
function cellErrors(fields: FieldErrors, keys: string[], error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const m = /^entries\.(\d+)\./.exec(path);
    if (m && keys[Number(m[1])]) out[keys[Number(m[1])]!] = messages.join(" ");
  }
  if (Object.keys(out).length === 0 && !fields.reason) out._form = messageOf(error);
  return out;
}
