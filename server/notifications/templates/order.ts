// Order e-mails (confirmation, change, cancellation) from one order snapshot.
import { formatMoney } from "@/lib/money";
import { escapeHtml, htmlFrame, type Rendered } from "./layout";

export type OrderMailData = {
  number: string; customerName: string; currency: string; link: string;
  slotLabel: string; cutoffLabel: string; address: string;
  lines: Array<{ name: string; quantity: number; lineTotalMinor: number }>;
  subtotalMinor: number; discountMinor: number; deliveryFeeMinor: number; taxMinor: number; totalMinor: number; pricesIncludeTax: boolean;
  paymentLabel: string; reason?: string | null;
  /** Substitutes and credits the planner approved for this order (a short harvest). */
  substitutions?: Array<{ name: string; units: number; substituteName: string | null; creditMinor: number; declined: boolean }>;
};

function totals(d: OrderMailData): Array<[string, string]> {
  const m = (n: number) => formatMoney(n, d.currency);
  const rows: Array<[string, string]> = [["Subtotal", m(d.subtotalMinor)]];
  if (d.discountMinor > 0) rows.push(["Discount", `−${m(d.discountMinor)}`]);
  rows.push(["Delivery", d.deliveryFeeMinor > 0 ? m(d.deliveryFeeMinor) : "Free"]);
  rows.push([d.pricesIncludeTax ? "Total (incl. VAT)" : "Total", m(d.totalMinor)]);
  if (d.pricesIncludeTax) rows.push(["of which VAT", m(d.taxMinor)]);
  return rows;
}

function body(d: OrderMailData, intro: string[]): { text: string; html: string } {
  const m = (n: number) => formatMoney(n, d.currency);
  const lineText = d.lines.map((l) => `  ${l.quantity} × ${l.name}  ${m(l.lineTotalMinor)}`).join("\n");
  const totalText = totals(d).map(([k, v]) => `  ${k}: ${v}`).join("\n");
  const text = [
    `Hello ${d.customerName},`, "", ...intro, "",
    `Order ${d.number}`, `Delivery: ${d.slotLabel}`, `Address: ${d.address}`, `Payment: ${d.paymentLabel}`, "",
    lineText, "", totalText, "",
    `You can change or cancel this order until ${d.cutoffLabel}.`, `See your order: ${d.link}`,
  ].join("\n");
  const rows = d.lines.map((l) => `<tr><td style="padding:4px 0">${l.quantity} × ${escapeHtml(l.name)}</td><td style="text-align:right">${escapeHtml(m(l.lineTotalMinor))}</td></tr>`).join("");
  const totalRows = totals(d).map(([k, v]) => `<tr><td style="padding:2px 0;color:#6b7268">${escapeHtml(k)}</td><td style="text-align:right">${escapeHtml(v)}</td></tr>`).join("");
  const html = `<p>Hello ${escapeHtml(d.customerName)},</p>${intro.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}
<h2 style="font-size:16px;margin:16px 0 8px">Order ${escapeHtml(d.number)}</h2>
<p style="margin:0">Delivery: <strong>${escapeHtml(d.slotLabel)}</strong><br>Address: ${escapeHtml(d.address)}<br>Payment: ${escapeHtml(d.paymentLabel)}</p>
<table style="width:100%;border-collapse:collapse;margin:12px 0;border-top:1px solid #e3e6dc">${rows}</table>
<table style="width:100%;border-collapse:collapse;border-top:1px solid #e3e6dc">${totalRows}</table>
<p>You can change or cancel this order until <strong>${escapeHtml(d.cutoffLabel)}</strong>.</p>
<p><a href="${escapeHtml(d.link)}" style="background:#3f6b2a;color:#fff;padding:8px 14px;border-radius:6px;text-decoration:none">See your order</a></p>`;
  return { text, html };
}

export function orderConfirmation(d: OrderMailData): Rendered {
  const subject = `Your Furrow order ${d.number} for ${d.slotLabel}`;
  const { text, html } = body(d, ["Thank you for your order. Here is what we will bring you."]);
  return { subject, text, html: htmlFrame(subject, html), inApp: { title: `Order ${d.number} placed`, body: `Delivery ${d.slotLabel}. Total ${formatMoney(d.totalMinor, d.currency)}.` } };
}

export function orderChanged(d: OrderMailData): Rendered {
  const subject = `Your Furrow order ${d.number} was changed`;
  const { text, html } = body(d, ["Your order was changed. This is how it looks now."]);
  return { subject, text, html: htmlFrame(subject, html), inApp: { title: `Order ${d.number} changed`, body: `Delivery ${d.slotLabel}. New total ${formatMoney(d.totalMinor, d.currency)}.` } };
}

export function orderCancelled(d: OrderMailData): Rendered {
  const subject = `Your Furrow order ${d.number} was cancelled`;
  const m = formatMoney(d.totalMinor, d.currency);
  const text = [`Hello ${d.customerName},`, "", `Your order ${d.number} for ${d.slotLabel} (${m}) was cancelled.`, d.reason ? `Reason: ${d.reason}` : "", "Any payment hold is released; you will not be charged.", "", `See your orders: ${d.link}`].filter((x) => x !== "").join("\n");
  const html = `<p>Hello ${escapeHtml(d.customerName)},</p><p>Your order <strong>${escapeHtml(d.number)}</strong> for ${escapeHtml(d.slotLabel)} (${escapeHtml(m)}) was cancelled.</p>${d.reason ? `<p>Reason: ${escapeHtml(d.reason)}</p>` : ""}<p>Any payment hold is released; you will not be charged.</p><p><a href="${escapeHtml(d.link)}">See your orders</a></p>`;
  return { subject, text, html: htmlFrame(subject, html), inApp: { title: `Order ${d.number} cancelled`, body: d.reason ? `Reason: ${d.reason}` : "You will not be charged." } };
}

/** A short harvest: what is replaced by what, what is credited, and how to decline a substitute. */
export function orderSubstitution(d: OrderMailData): Rendered {
  const subject = `A change to your Furrow order ${d.number}: some items are short this week`;
  const m = (n: number) => formatMoney(n, d.currency);
  const items = (d.substitutions ?? []).filter((s) => !s.declined).map((s) =>
    s.substituteName ? `${s.units} × ${s.name} will be replaced by ${s.units} × ${s.substituteName}, at no extra cost.` : `${s.units} × ${s.name} cannot be delivered; you will not pay the ${m(s.creditMinor)} for it.`,
  );
  const intro = ["Our farms harvested less than planned this week, so we had to change your order:", ...items];
  const declinable = (d.substitutions ?? []).some((s) => s.substituteName && !s.declined);
  const outro = declinable ? ["If you would rather not have a substitute, decline it on your order page; you will not pay for that item."] : [];
  const text = [`Hello ${d.customerName},`, "", ...intro.map((l, i) => (i === 0 ? l : `  - ${l}`)), "", ...outro, `Order ${d.number}, delivery ${d.slotLabel}.`, `See your order: ${d.link}`].join("\n");
  const html = `<p>Hello ${escapeHtml(d.customerName)},</p><p>${escapeHtml(intro[0]!)}</p><ul>${items.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>${outro.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}
<p>Order <strong>${escapeHtml(d.number)}</strong>, delivery ${escapeHtml(d.slotLabel)}.</p><p><a href="${escapeHtml(d.link)}" style="background:#3f6b2a;color:#fff;padding:8px 14px;border-radius:6px;text-decoration:none">See your order</a></p>`;
  return { subject, text, html: htmlFrame(subject, html), inApp: { title: `Order ${d.number}: items short this week`, body: items.join(" ") || "Your order changed." } };
}
