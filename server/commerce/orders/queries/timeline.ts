// The order timeline: status changes, edits and payment events merged by time, each with who did
// it. Customers see staff as "Furrow team"; staff see names.
import type { DbOrTx } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import type { OrderStatus } from "@/generated/prisma/enums";
import { ORDER_STATUS_LABELS } from "../state-machine";
import { userLabels } from "./lookups";

export type TimelineEntry = {
  id: string;
  at: Date;
  kind: "status" | "edit" | "payment";
  title: string;
  detail: string | null;
  status: OrderStatus | null;
  actor: { kind: string; name: string };
};

type EditChanges = { lines?: Array<{ skuId: string; name?: string; from: number; to: number }>; slot?: { from: string | null; to: string; label?: string } };

const METHOD_LABELS: Record<string, string> = { CARD: "card", PAY_ON_DELIVERY: "pay on delivery", INVOICE: "invoice" };

/** Every entry of an order's history, oldest first. */
export async function orderTimeline(db: DbOrTx, order: { id: string; currency: string; customerUserId: string | null }, viewer: { userId: string; staff: boolean }): Promise<TimelineEntry[]> {
  const [transitions, edits, payments] = await Promise.all([
    db.orderTransition.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" }, select: { id: true, fromStatus: true, toStatus: true, actorKind: true, actorUserId: true, note: true, at: true } }),
    db.orderEdit.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" }, select: { id: true, actorUserId: true, changes: true, totalBeforeMinor: true, totalAfterMinor: true, at: true } }),
    db.payment.findMany({
      where: { orderId: order.id }, orderBy: { createdAt: "asc" },
      select: { id: true, method: true, status: true, createdAt: true, updatedAt: true, authorizedMinor: true, capturedMinor: true, refunds: { select: { id: true, amountMinor: true, status: true, createdAt: true } }, receipts: { select: { id: true, amountMinor: true, receivedAt: true } } },
    }),
  ]);
  const users = await userLabels(db, [...transitions.map((t) => t.actorUserId), ...edits.map((e) => e.actorUserId)]);
  const who = (kind: string, userId: string | null) => {
    if (kind === "system" || !userId) return { kind: "system", name: "Furrow (automatic)" };
    if (userId === viewer.userId) return { kind, name: "You" };
    if (kind === "staff" && !viewer.staff) return { kind, name: "Furrow team" };
    return { kind, name: users.get(userId)?.name ?? "Unknown" };
  };
  const money = (n: number) => formatMoney(n, order.currency);
  const entries: TimelineEntry[] = [];
  for (const t of transitions) {
    entries.push({ id: `t${t.id}`, at: t.at, kind: "status", status: t.toStatus, title: t.fromStatus === null ? "Order placed" : ORDER_STATUS_LABELS[t.toStatus], detail: t.note, actor: who(t.actorKind, t.actorUserId) });
  }
  for (const e of edits) {
    const kind = e.actorUserId === order.customerUserId ? "customer" : "staff";
    entries.push({ id: `e${e.id}`, at: e.at, kind: "edit", status: null, title: "Order changed", detail: `${describeEdit(e.changes as EditChanges)} Total ${money(e.totalBeforeMinor)} → ${money(e.totalAfterMinor)}.`, actor: who(kind, e.actorUserId) });
  }
  const system = { kind: "system", name: "Payments" };
  for (const p of payments) {
    entries.push({ id: `p${p.id}`, at: p.createdAt, kind: "payment", status: null, title: `Payment by ${METHOD_LABELS[p.method] ?? p.method}`, detail: null, actor: system });
    if (p.updatedAt.getTime() !== p.createdAt.getTime() && !["REQUIRES_PAYMENT", "AWAITING_DELIVERY"].includes(p.status)) {
      entries.push({ id: `ps${p.id}`, at: p.updatedAt, kind: "payment", status: null, title: `Payment ${p.status.toLowerCase().replaceAll("_", " ")}`, detail: p.capturedMinor > 0 ? `${money(p.capturedMinor)} captured` : p.authorizedMinor > 0 ? `${money(p.authorizedMinor)} authorised` : null, actor: system });
    }
    for (const r of p.refunds) entries.push({ id: `r${r.id}`, at: r.createdAt, kind: "payment", status: null, title: "Refund", detail: `${money(r.amountMinor)} (${r.status.toLowerCase()})`, actor: system });
    for (const r of p.receipts) entries.push({ id: `rc${r.id}`, at: r.receivedAt, kind: "payment", status: null, title: "Payment received", detail: money(r.amountMinor), actor: system });
  }
  // At the same instant the status change comes first (an order is placed, then its payment opened).
  const rank = { status: 0, edit: 1, payment: 2 } as const;
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || rank[a.kind] - rank[b.kind] || a.id.localeCompare(b.id));
}

function describeEdit(changes: EditChanges): string {
  const parts: string[] = [];
  for (const l of changes.lines ?? []) {
    const name = l.name ?? "item";
    parts.push(l.from === 0 ? `Added ${l.to} × ${name}.` : l.to === 0 ? `Removed ${name}.` : `${name}: ${l.from} → ${l.to}.`);
  }
  if (changes.slot) parts.push(`Delivery moved${changes.slot.label ? ` to ${changes.slot.label}` : ""}.`);
  return parts.join(" ");
}
