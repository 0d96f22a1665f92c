"use client";
// The self-service dialogs of a subscription: swap an item, pause until a date, change the
// delivery window, cancel with a reason. Each shows the server's field errors in place.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { CANCEL_REASON_LABELS, windowLabel } from "./labels";
import { RadioCards } from "./radio-group";

type Base = { subscriptionId: string; open: boolean; onClose: () => void; onDone: () => void };
type Line = { id: string; skuId: string; productName: string; pack: string; quantity: number; swapOptions: { skuId: string; productName: string; pack: string }[] };

const Footer = ({ onClose, loading, label, formId, danger }: { onClose: () => void; loading: boolean; label: string; formId: string; danger?: boolean }) => (
  <>
    <Button variant="secondary" onClick={onClose}>
      Keep as is
    </Button>
    <Button type="submit" form={formId} loading={loading} variant={danger ? "danger" : "primary"}>
      {label}
    </Button>
  </>
);

/** Swap one item: the box line's allowed alternatives, or any item on sale for a custom basket. */
export function SwapDialog({ subscriptionId, line, isBox, onClose, onDone }: Omit<Base, "open"> & { line: Line | null; isBox: boolean }) {
  const trpc = useTRPC();
  const toast = useToast();
  const [skuId, setSkuId] = useState("");
  const swap = useMutation(trpc.subscriptions.mine.swap.mutationOptions());
  const choices = useQuery({ ...trpc.subscriptions.mine.skuChoices.queryOptions({ q: "" }), enabled: line !== null && !isBox });
  const options: { skuId: string; productName: string; pack: string; price?: string }[] = isBox
    ? (line?.swapOptions ?? [])
    : (choices.data ?? []).map((c) => ({ ...c, price: formatMoney(c.priceMinor, c.currency) }));
  const close = () => (swap.reset(), setSkuId(""), onClose());
  const errors = fieldErrorsOf(swap.error);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!line) return;
    swap.mutate({ subscriptionId, lineId: line.id, skuId }, { onSuccess: () => (toast.success("Item swapped", { description: "From your next open delivery on." }), onDone(), close()) });
  }
  return (
    <Dialog open={line !== null} onClose={close} title={`Swap ${line?.productName ?? ""}`} description="Choose what you would like instead. The change applies to every delivery not yet placed." footer={<Footer onClose={close} loading={swap.isPending} label="Swap item" formId="swap-form" />}>
      <form id="swap-form" onSubmit={onSubmit} noValidate>
        {swap.isError && !errors.skuId && <FormAlert>{messageOf(swap.error)}</FormAlert>}
        {options.length === 0 ? (
          <p className="text-ink-muted">There is nothing to swap this item for.</p>
        ) : (
          <RadioCards
            legend="Swap for"
            name="skuId"
            value={skuId}
            onChange={setSkuId}
            errors={errors.skuId}
            options={options.map((o) => ({ value: o.skuId, label: o.productName, hint: o.price ? `${o.pack} · ${o.price}` : o.pack }))}
          />
        )}
      </form>
    </Dialog>
  );
}

/** Pause deliveries through a date (inclusive). */
export function PauseDialog({ subscriptionId, open, onClose, onDone }: Base) {
  const trpc = useTRPC();
  const toast = useToast();
  const pause = useMutation(trpc.subscriptions.mine.pause.mutationOptions());
  const close = () => (pause.reset(), onClose());
  const errors = fieldErrorsOf(pause.error);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const until = String(new FormData(e.currentTarget).get("until") ?? "");
    pause.mutate({ subscriptionId, until }, { onSuccess: () => (toast.success("Subscription paused"), onDone(), close()) });
  }
  return (
    <Dialog open={open} onClose={close} title="Pause deliveries" description="No deliveries up to and including this date; they restart by themselves after it. Orders already placed stay." footer={<Footer onClose={close} loading={pause.isPending} label="Pause" formId="pause-form" />}>
      <form id="pause-form" onSubmit={onSubmit} noValidate>
        {pause.isError && !errors.until && <FormAlert>{messageOf(pause.error)}</FormAlert>}
        <Field label="Pause through" errors={errors.until} required>
          <Input type="date" name="until" />
        </Field>
      </form>
    </Dialog>
  );
}

/** Move deliveries to another window of the zone. */
export function SlotDialog({ subscriptionId, open, onClose, onDone, current, windows }: Base & { current: string; windows: { id: string; weekday: number; startTime: string; endTime: string }[] }) {
  const trpc = useTRPC();
  const toast = useToast();
  const change = useMutation(trpc.subscriptions.mine.changeSlot.mutationOptions());
  const [windowId, setWindowId] = useState(current);
  const close = () => (change.reset(), setWindowId(current), onClose());
  const errors = fieldErrorsOf(change.error);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    change.mutate({ subscriptionId, windowId }, { onSuccess: () => (toast.success("Delivery day changed"), onDone(), close()) });
  }
  return (
    <Dialog open={open} onClose={close} title="Change delivery day" description="Applies from the first week whose order cutoff has not passed." footer={<Footer onClose={close} loading={change.isPending} label="Change day" formId="slot-form" />}>
      <form id="slot-form" onSubmit={onSubmit} noValidate>
        {change.isError && !errors.windowId && <FormAlert>{messageOf(change.error)}</FormAlert>}
        <RadioCards legend="Deliver on" name="windowId" value={windowId} onChange={setWindowId} errors={errors.windowId} options={windows.map((w) => ({ value: w.id, label: windowLabel(w), hint: w.id === current ? "Current" : undefined }))} />
      </form>
    </Dialog>
  );
}

const REASONS = Object.entries(CANCEL_REASON_LABELS).map(([value, label]) => ({ value, label }));

/** Cancel with a reason (and a note); the reason feeds the churn report. */
export function CancelDialog({ subscriptionId, open, onClose, onDone }: Base) {
  const trpc = useTRPC();
  const toast = useToast();
  const cancel = useMutation(trpc.subscriptions.mine.cancel.mutationOptions());
  const close = () => (cancel.reset(), onClose());
  const errors = fieldErrorsOf(cancel.error);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    cancel.mutate({ subscriptionId, reason: String(d.get("reason") ?? "") as "OTHER", note: String(d.get("note") ?? "") }, { onSuccess: () => (toast.success("Subscription cancelled"), onDone(), close()) });
  }
  return (
    <Dialog open={open} onClose={close} closeOnBackdrop={false} title="Cancel subscription" description="No new orders will be placed. Orders already placed stay; you can cancel them under Orders until their cutoff." footer={<Footer onClose={close} loading={cancel.isPending} label="Cancel subscription" formId="cancel-form" danger />}>
      <form id="cancel-form" onSubmit={onSubmit} noValidate className="space-y-3">
        {cancel.isError && !errors.reason && !errors.note && <FormAlert>{messageOf(cancel.error)}</FormAlert>}
        <Field label="Why are you leaving?" errors={errors.reason} required>
          <Select name="reason" placeholder="Choose a reason" options={REASONS} defaultValue="" />
        </Field>
        <Field label="Anything else we should know?" hint="Required when the reason is Something else." errors={errors.note}>
          <Textarea name="note" rows={3} maxLength={1000} />
        </Field>
      </form>
    </Dialog>
  );
}

/** Change a custom basket's quantities or remove items (at least one stays). */
export function BasketDialog({ subscriptionId, open, onClose, onDone, lines }: Base & { lines: Line[] }) {
  const trpc = useTRPC();
  const toast = useToast();
  const save = useMutation(trpc.subscriptions.mine.setLines.mutationOptions());
  const [draft, setDraft] = useState<{ id: string; quantity: number }[] | null>(null);
  const rows = draft ?? lines.map((l) => ({ id: l.id, quantity: l.quantity }));
  const close = () => (save.reset(), setDraft(null), onClose());
  const errors = fieldErrorsOf(save.error);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const skuOf = new Map(lines.map((l) => [l.id, l.skuId]));
    save.mutate({ subscriptionId, lines: rows.map((r) => ({ skuId: skuOf.get(r.id) ?? "", quantity: r.quantity })) }, { onSuccess: () => (toast.success("Basket saved"), onDone(), close()) });
  }
  return (
    <Dialog open={open} onClose={close} title="Change quantities" description="Applies to every delivery not yet placed." footer={<Footer onClose={close} loading={save.isPending} label="Save basket" formId="basket-form" />}>
      <form id="basket-form" onSubmit={onSubmit} noValidate className="space-y-2">
        {save.isError && <FormAlert>{messageOf(save.error)}</FormAlert>}
        {rows.map((r, i) => {
          const line = lines.find((l) => l.id === r.id)!;
          return (
            <div key={r.id} className="flex items-end gap-2">
              <Field label={`${line.productName} (${line.pack})`} errors={errors[`lines.${i}.quantity`]} className="flex-1">
                <Input type="number" min={1} max={50} value={r.quantity} onChange={(e) => setDraft(rows.map((x) => (x.id === r.id ? { ...x, quantity: Math.max(1, Number(e.target.value) || 1) } : x)))} />
              </Field>
              <Button variant="ghost" disabled={rows.length === 1} onClick={() => setDraft(rows.filter((x) => x.id !== r.id))} aria-label={`Remove ${line.productName}`}>
                Remove
              </Button>
            </div>
          );
        })}
      </form>
    </Dialog>
  );
}
