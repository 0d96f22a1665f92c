"use client";
// Receive a transfer at its destination: the received units per line (default: all that was sent).
// Less than sent records a loss in transit; shortfalls are highlighted before confirming.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, FormAlert, Input, SkeletonText, TableHead, useToast } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { TransferDetail } from "@/server/inventory/queries";
import { formatCount, formatDay } from "./labels";

export function ReceiveTransferDialog({ transferId, onClose }: { transferId: string | null; onClose: () => void }) {
  const trpc = useTRPC();
  const detail = useQuery({ ...trpc.inventory.transfer.queryOptions({ transferId: transferId ?? "" }), enabled: Boolean(transferId) });
  const transfer = detail.data;
  return (
    <Dialog
      open={transferId !== null}
      onClose={onClose}
      title={transfer ? `Receive ${transfer.code}` : "Receive transfer"}
      description={transfer ? `From ${transfer.from.name} to ${transfer.to.name}. Enter what actually arrived.` : undefined}
      size="lg"
      closeOnBackdrop={false}
    >
      {detail.isLoading && <SkeletonText lines={4} announce />}
      {detail.error && <FormAlert>{messageOf(detail.error)}</FormAlert>}
      {transfer && <ReceiveForm key={transfer.id} transfer={transfer} onDone={onClose} />}
    </Dialog>
  );
}

function ReceiveForm({ transfer, onDone }: { transfer: TransferDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [received, setReceived] = useState<Record<string, string>>(() => Object.fromEntries(transfer.lines.map((l) => [l.id, String(l.quantity)])));
  const receive = useMutation(trpc.inventory.receiveTransfer.mutationOptions());
  const errors = fieldErrorsOf(receive.error);
  const parsed = transfer.lines.map((l) => ({ line: l, value: received[l.id] ?? "", n: Number(received[l.id]) }));
  const invalid = parsed.some((p) => !/^\d+$/.test(p.value.trim()) || p.n > p.line.quantity);
  const shortfall = parsed.reduce((sum, p) => sum + (Number.isFinite(p.n) ? Math.max(0, p.line.quantity - p.n) : 0), 0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invalid) return;
    receive.mutate(
      { transferId: transfer.id, lines: parsed.map((p) => ({ lineId: p.line.id, receivedQuantity: p.n })) },
      {
        onSuccess: (r) => {
          toast.success(`Transfer ${transfer.code} received`, { description: r.shortfall ? `${formatCount(r.shortfall)} units short, recorded as lost in transit.` : "All units arrived." });
          router.refresh();
          onDone();
        },
      },
    );
  }

  if (transfer.status !== "IN_TRANSIT") return <p className="text-sm text-ink-muted">This transfer is {transfer.status === "RECEIVED" ? "already received" : "cancelled"}.</p>;
  const generalError = receive.error && !Object.keys(errors).some((k) => k.startsWith("lines.")) ? messageOf(receive.error) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Receive ${transfer.code}`}>
      {generalError && <FormAlert>{generalError}</FormAlert>}
      <table className="w-full text-[13px]">
        <caption className="sr-only">Lines of {transfer.code}</caption>
        <TableHead
          look="ruled"
          cellClassName="py-1.5 pr-2 font-semibold"
          columns={["Lot", "SKU", { label: "Sent", numeric: true }, { label: "Received", numeric: true }, { label: "Short", numeric: true, className: "pr-0" }]}
        />
        <tbody>
          {parsed.map(({ line, value, n }, i) => {
            const short = /^\d+$/.test(value.trim()) ? line.quantity - n : null;
            const error = errors[`lines.${i}.receivedQuantity`]?.[0] ?? (short !== null && short < 0 ? `At most ${line.quantity} were sent` : null);
            return (
              <tr key={line.id} className={cn("border-b border-line align-top", short !== null && short > 0 && "bg-warning-soft/60")}>
                <td className="py-1.5 pr-2 font-mono text-xs">
                  {line.lotCode}
                  {line.bestBefore && <span className="block font-sans text-ink-muted">best before {formatDay(line.bestBefore)}</span>}
                </td>
                <td className="py-1.5 pr-2">
                  {line.skuCode} <span className="text-ink-muted">{line.productName}</span>
                </td>
                <td className="py-1.5 pr-2 text-right tabular-nums">{formatCount(line.quantity)}</td>
                <td className="py-1.5 pr-2 text-right">
                  <Input
                    dense
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={line.quantity}
                    step={1}
                    aria-label={`Received units of ${line.lotCode}`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `recv-err-${line.id}` : undefined}
                    className="ml-auto w-24 text-right"
                    value={value}
                    onChange={(e) => setReceived((all) => ({ ...all, [line.id]: e.target.value }))}
                  />
                  {error && (
                    <span id={`recv-err-${line.id}`} className="mt-1 block text-xs font-medium text-danger-fg">
                      {error}
                    </span>
                  )}
                </td>
                <td className={cn("py-1.5 text-right tabular-nums", short !== null && short > 0 ? "font-semibold text-warning-fg" : "text-ink-muted")}>{short !== null && short > 0 ? formatCount(short) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p role="status" className={cn("text-sm", shortfall > 0 ? "font-medium text-warning-fg" : "text-ink-muted")}>
        {shortfall > 0 ? `${formatCount(shortfall)} units short: they will be recorded as lost in transit.` : "Everything that was sent arrived."}
      </p>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={receive.isPending} disabled={invalid}>
          Confirm receipt
        </Button>
      </div>
    </form>
  );
}
