"use client";
// A household's subscription: the next six weeks (skip / un-skip each), the items (swap), and
// pause / resume, delivery day and cancel. Every action refreshes the view from the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { CalendarClock, Pause, Play, Repeat, XCircle } from "lucide-react";
import { useHubDateTime } from "@/components/providers/hub-time";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Card, CardBody, CardHeader, CardTitle, FormAlert, PageHeader, SkeletonTable, TableHead, useToast } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { messageOf } from "@/lib/trpc-errors";
import { CADENCE_LABELS, CANCEL_REASON_LABELS, shortDate, SUBSCRIPTION_STATUS_TONES, WEEK_STATE, windowLabel } from "./labels";
import { BasketDialog, CancelDialog, PauseDialog, SlotDialog, SwapDialog } from "./subscription-dialogs";

type Dialogs = "pause" | "slot" | "cancel" | "basket" | null;

export function SubscriptionManager({ id }: { id: string }) {
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.subscriptions.mine.get.queryOptions({ id }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.subscriptions.mine.get.queryKey({ id }) });
  const onError = (error: unknown) => toast.error("That did not work", { description: messageOf(error) });
  const skip = useMutation(trpc.subscriptions.mine.skip.mutationOptions({ onSuccess: (r) => (toast.success(`Week ${r.isoWeek} skipped`), refresh()), onError }));
  const unskip = useMutation(trpc.subscriptions.mine.unskip.mutationOptions({ onSuccess: (r) => (toast.success(`Week ${r.isoWeek} back on`), refresh()), onError }));
  const resume = useMutation(trpc.subscriptions.mine.resume.mutationOptions({ onSuccess: () => (toast.success("Deliveries resumed"), refresh()), onError }));
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [swapLineId, setSwapLineId] = useState<string | null>(null);
  const dateTime = useHubDateTime();

  if (query.isPending) return <SkeletonTable rows={6} cols={4} announce />;
  if (query.isError) return <FormAlert>{messageOf(query.error)}</FormAlert>;
  const s = query.data;
  const live = s.status !== "CANCELLED";
  const busyWeek = skip.isPending ? skip.variables?.isoWeek : unskip.isPending ? unskip.variables?.isoWeek : null;
  const statusLabel = s.status === "PAUSED" && s.pausedUntil ? `Paused through ${shortDate(s.pausedUntil)}` : s.status.charAt(0) + s.status.slice(1).toLowerCase();

  return (
    <div className="space-y-4">
      <PageHeader
        breadcrumbs={[{ label: "My subscriptions", href: "/account/subscriptions" }, { label: s.name }]}
        title={
          <span className="flex flex-wrap items-center gap-2">
            {s.name} <Badge tone={SUBSCRIPTION_STATUS_TONES[s.status]} dot>{statusLabel}</Badge>
          </span>
        }
        description={`${CADENCE_LABELS[s.cadence]} · ${windowLabel(s.window)} · ${formatMoney(s.priceMinor, s.currency)} per delivery · ${s.paymentMethod === "CARD" ? "card" : "pay on delivery"}${s.address ? ` · ${s.address.line1}, ${s.address.city}` : ""}`}
        actions={
          live && (
            <div className="flex flex-wrap gap-2">
              {s.status === "PAUSED" ? (
                <Button variant="secondary" icon={<Play />} loading={resume.isPending} onClick={() => resume.mutate({ subscriptionId: s.id })}>
                  Resume
                </Button>
              ) : (
                <Button variant="secondary" icon={<Pause />} onClick={() => setDialog("pause")}>
                  Pause
                </Button>
              )}
              <Button variant="secondary" icon={<CalendarClock />} onClick={() => setDialog("slot")}>
                Change delivery day
              </Button>
              <Button variant="ghost" icon={<XCircle />} onClick={() => setDialog("cancel")}>
                Cancel
              </Button>
            </div>
          )
        }
      />
      {!live && (
        <FormAlert>
          Cancelled{s.cancelReason ? ` (${CANCEL_REASON_LABELS[s.cancelReason]})` : ""}. No new orders will be placed.
        </FormAlert>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardTitle>Upcoming deliveries</CardTitle>
          </CardHeader>
          <CardBody className="p-0">
            {s.weeks.length === 0 ? (
              <p className="p-4 text-sm text-ink-muted">No deliveries in the next six weeks.</p>
            ) : (
              <table className="w-full text-sm">
                <caption className="sr-only">Deliveries in the next six weeks, with the last moment to change each</caption>
                <TableHead className="border-b border-line" cellClassName="px-4 py-2" columns={["Delivery", "Changes until", "Status", { label: "Action", numeric: true, srOnly: true }]} />
                <tbody className="divide-y divide-line">
                  {s.weeks.map((w) => {
                    const state = WEEK_STATE[w.state] ?? { label: w.state, tone: "neutral" as const };
                    return (
                      <tr key={w.isoWeek}>
                        <th scope="row" className="px-4 py-2 text-left font-medium text-ink">
                          {shortDate(w.deliveryDate)} <span className="text-xs font-normal text-ink-subtle">{w.isoWeek}</span>
                        </th>
                        <td className="px-4 py-2 text-ink-muted">{w.changeable ? dateTime(new Date(w.cutoffAt)) : "—"}</td>
                        <td className="px-4 py-2">
                          <Badge tone={state.tone}>{state.label}</Badge>
                          {w.orderNumber && (
                            <Link href={`/account/orders/${w.orderNumber}`} className="ml-2 text-xs text-furrow-700 underline">
                              {w.orderNumber}
                            </Link>
                          )}
                        </td>
                        <td className="px-4 py-2 text-right">
                          {w.changeable && live && w.state === "SCHEDULED" && (
                            <Button size="sm" variant="secondary" loading={busyWeek === w.isoWeek} onClick={() => skip.mutate({ subscriptionId: s.id, isoWeek: w.isoWeek })} aria-label={`Skip delivery of ${shortDate(w.deliveryDate)}`}>
                              Skip
                            </Button>
                          )}
                          {w.changeable && live && w.state === "SKIPPED" && (
                            <Button size="sm" variant="ghost" loading={busyWeek === w.isoWeek} onClick={() => unskip.mutate({ subscriptionId: s.id, isoWeek: w.isoWeek })} aria-label={`Undo skip of ${shortDate(w.deliveryDate)}`}>
                              Undo skip
                            </Button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            actions={
              live && !s.isBox && (
                <Button size="sm" variant="secondary" onClick={() => setDialog("basket")}>
                  Change quantities
                </Button>
              )
            }
          >
            <CardTitle>{s.isBox ? "In your box" : "In your basket"}</CardTitle>
          </CardHeader>
          <CardBody className="p-0">
            <ul className="divide-y divide-line text-sm">
              {s.lines.map((l) => (
                <li key={l.id} className="flex items-center justify-between gap-2 px-4 py-2">
                  <span>
                    <span className="font-medium text-ink">
                      {l.quantity} × {l.productName}
                    </span>
                    <span className="block text-xs text-ink-muted">{l.pack}</span>
                  </span>
                  {live && (!s.isBox || l.swapOptions.length > 0) && (
                    <Button size="sm" variant="secondary" icon={<Repeat />} onClick={() => setSwapLineId(l.id)} aria-label={`Swap ${l.productName}`}>
                      Swap
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      </div>
      <SwapDialog subscriptionId={s.id} isBox={s.isBox} line={s.lines.find((l) => l.id === swapLineId) ?? null} onClose={() => setSwapLineId(null)} onDone={refresh} />
      <PauseDialog subscriptionId={s.id} open={dialog === "pause"} onClose={() => setDialog(null)} onDone={refresh} />
      <SlotDialog subscriptionId={s.id} open={dialog === "slot"} onClose={() => setDialog(null)} onDone={refresh} current={s.window.id} windows={s.zoneWindows} />
      <CancelDialog subscriptionId={s.id} open={dialog === "cancel"} onClose={() => setDialog(null)} onDone={refresh} />
      <BasketDialog subscriptionId={s.id} open={dialog === "basket"} onClose={() => setDialog(null)} onDone={refresh} lines={s.lines} />
    </div>
  );
}
