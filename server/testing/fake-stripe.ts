// A small local stand-in for the Stripe REST API: the real SDK (pointed here through STRIPE_API_BASE)
// sends form-encoded requests and gets JSON back, idempotency keys replay the first response.
// Tests drive the "customer" side (completing a checkout, declining a card) through its methods and
// build signed webhook events from the objects it holds.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Obj = Record<string, unknown>;
type Reply = { status: number; body: Obj };
export type FakeRequest = { method: string; path: string; params: Obj; idempotencyKey: string | null };

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString("hex")}`;
const nowSec = () => Math.floor(Date.now() / 1000);

/** Decodes Stripe's bracketed form encoding (a[b][0][c]=1) into nested objects; numeric keys become arrays. */
export function decodeForm(body: string): Obj {
  const root: Obj = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.replace(/\]/g, "").split("[");
    let node: Obj = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Obj;
    });
  }
  return arrayify(root) as Obj;
}

function arrayify(v: unknown): unknown {
  if (!v || typeof v !== "object") return v;
  const o = v as Obj;
  const keys = Object.keys(o);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) return keys.sort((a, b) => Number(a) - Number(b)).map((k) => arrayify(o[k]));
  return Object.fromEntries(keys.map((k) => [k, arrayify(o[k])]));
}

const err = (status: number, message: string, extra: Obj = {}): Reply => ({ status, body: { error: { type: status === 402 ? "card_error" : "invalid_request_error", message, ...extra } } });

export class FakeStripe {
  readonly customers = new Map<string, Obj>();
  readonly sessions = new Map<string, Obj>();
  readonly intents = new Map<string, Obj>();
  readonly refunds = new Map<string, Obj>();
  readonly paymentMethods = new Map<string, Obj>();
  readonly requests: FakeRequest[] = [];
  private readonly replies = new Map<string, Reply>();
  private server?: Server;
  url = "";

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", "http://x");
    const method = req.method ?? "GET";
    const params = method === "GET" ? decodeForm(url.search.slice(1)) : decodeForm(Buffer.concat(chunks).toString("utf8"));
    const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
    this.requests.push({ method, path: url.pathname, params, idempotencyKey: key });
    const replayKey = key && method === "POST" ? `${url.pathname}\u0000${key}` : null;
    let reply = replayKey ? this.replies.get(replayKey) : undefined;
    if (!reply) {
      reply = this.route(method, url.pathname, params);
      if (replayKey) this.replies.set(replayKey, reply);
    }
    res.writeHead(reply.status, { "content-type": "application/json", "request-id": id("req") });
    res.end(JSON.stringify(reply.body));
  }

  private route(method: string, path: string, p: Obj): Reply {
    const seg = path.split("/").filter(Boolean).slice(1); // drop "v1"
    const [resource, rid, action] = seg;
    if (resource === "customers" && method === "POST" && !rid) return this.ok(this.put(this.customers, { id: id("cus"), object: "customer", metadata: p.metadata ?? {} }));
    if (resource === "checkout" && rid === "sessions") return this.checkout(method, seg[2], seg[3], p);
    if (resource === "payment_intents") return this.intent(method, rid, action, p);
    if (resource === "refunds" && method === "POST" && !rid) return this.refund(p);
    if (resource === "payment_methods" && rid && method === "GET") return this.found(this.paymentMethods.get(rid));
    return err(404, `Unrecognized request URL (${method}: ${path})`);
  }

  private ok(body: Obj): Reply {
    return { status: 200, body };
  }

  private found(o: Obj | undefined): Reply {
    return o ? this.ok(o) : err(404, "No such object", { code: "resource_missing" });
  }

  private put(map: Map<string, Obj>, o: Obj): Obj {
    map.set(o.id as string, o);
    return o;
  }

  private checkout(method: string, sid: string | undefined, action: string | undefined, p: Obj): Reply {
    if (method === "POST" && !sid) {
      const s = { id: id("cs"), object: "checkout.session", mode: p.mode, status: "open", payment_status: "unpaid", url: "", customer: p.customer ?? null, client_reference_id: p.client_reference_id ?? null, metadata: p.metadata ?? {}, payment_intent: null, created: nowSec(), _params: p };
      s.url = `https://checkout.stripe.test/pay/${s.id}`;
      return this.ok(this.put(this.sessions, s));
    }
    const s = sid ? this.sessions.get(sid) : undefined;
    if (!s) return err(404, "No such checkout session", { code: "resource_missing" });
    if (method === "POST" && action === "expire") {
      if (s.status !== "open") return err(400, "Only open sessions can be expired.");
      s.status = "expired";
    }
    return this.ok(s);
  }

  private intent(method: string, pid: string | undefined, action: string | undefined, p: Obj): Reply {
    if (method === "POST" && !pid) return this.createIntent(p);
    const pi = pid ? this.intents.get(pid) : undefined;
    if (!pi) return err(404, "No such payment_intent", { code: "resource_missing" });
    if (method === "GET") return this.ok(this.expand(pi, p));
    if (action === "capture") {
      if (pi.status !== "requires_capture") return err(400, `This PaymentIntent could not be captured because it has a status of ${pi.status}.`, { code: "payment_intent_unexpected_state" });
      const amount = p.amount_to_capture !== undefined ? Number(p.amount_to_capture) : (pi.amount_capturable as number);
      if (amount > (pi.amount_capturable as number)) return err(400, "amount_to_capture exceeds amount_capturable", { code: "amount_too_large" });
      Object.assign(pi, { status: "succeeded", amount_received: amount, amount_capturable: 0 });
      return this.ok(pi);
    }
    if (action === "cancel") {
      if (pi.status === "succeeded" || pi.status === "canceled") return err(400, `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`, { code: "payment_intent_unexpected_state" });
      Object.assign(pi, { status: "canceled", amount_capturable: 0, canceled_at: nowSec() });
      return this.ok(pi);
    }
    return err(404, "Unknown payment_intent action");
  }

  private createIntent(p: Obj): Reply {
    const amount = Number(p.amount);
    const pm = p.payment_method as string | undefined;
    const pi: Obj = { id: id("pi"), object: "payment_intent", amount, amount_capturable: 0, amount_received: 0, currency: p.currency, capture_method: p.capture_method ?? "automatic", customer: p.customer ?? null, payment_method: pm ?? null, metadata: p.metadata ?? {}, status: "requires_payment_method", created: nowSec(), last_payment_error: null, setup_future_usage: p.setup_future_usage ?? null };
    this.put(this.intents, pi);
    if (p.confirm === "true") {
      if (pm && this.paymentMethods.get(pm)?._decline) {
        pi.last_payment_error = { code: "card_declined", message: "Your card was declined." };
        return err(402, "Your card was declined.", { code: "card_declined", payment_intent: pi });
      }
      Object.assign(pi, pi.capture_method === "manual" ? { status: "requires_capture", amount_capturable: amount } : { status: "succeeded", amount_received: amount });
    }
    return this.ok(pi);
  }

  private expand(pi: Obj, p: Obj): Obj {
    const wanted = (p.expand as string[] | undefined) ?? [];
    if (wanted.includes("payment_method") && typeof pi.payment_method === "string") return { ...pi, payment_method: this.paymentMethods.get(pi.payment_method) ?? pi.payment_method };
    return pi;
  }

  private refund(p: Obj): Reply {
    const pi = this.intents.get(p.payment_intent as string);
    if (!pi) return err(404, "No such payment_intent", { code: "resource_missing" });
    const already = [...this.refunds.values()].filter((r) => r.payment_intent === pi.id).reduce((s, r) => s + (r.amount as number), 0);
    const amount = p.amount !== undefined ? Number(p.amount) : (pi.amount_received as number) - already;
    if (amount + already > (pi.amount_received as number)) return err(400, "Refund amount is greater than the charge's unrefunded amount.", { code: "charge_already_refunded" });
    return this.ok(this.put(this.refunds, { id: id("re"), object: "refund", amount, currency: pi.currency, payment_intent: pi.id, status: "succeeded", metadata: p.metadata ?? {}, created: nowSec() }));
  }

  // ─── the customer's side ─────────────────────────────────────────────────

  /** A card the customer pays with (declined cards fail off-session confirmation). */
  addCard(over: { customer?: string | null; decline?: boolean; last4?: string } = {}): Obj {
    return this.put(this.paymentMethods, { id: id("pm"), object: "payment_method", type: "card", customer: over.customer ?? null, card: { brand: "visa", last4: over.last4 ?? "4242", exp_month: 12, exp_year: 2030 }, _decline: over.decline ?? false });
  }

  /** The customer pays a checkout session: its PaymentIntent is authorized (manual capture) with a new card. */
  completeCheckout(sessionId: string): { session: Obj; intent: Obj } {
    const s = this.sessions.get(sessionId);
    if (!s) throw new Error(`no session ${sessionId}`);
    const params = s._params as Obj;
    const items = params.line_items as Obj[];
    const amount = items.reduce((sum, li) => sum + Number((li.price_data as Obj).unit_amount) * Number(li.quantity), 0);
    const pid = (params.payment_intent_data as Obj | undefined) ?? {};
    const card = this.addCard({ customer: (s.customer as string | null) ?? null });
    const intent = this.put(this.intents, {
      id: id("pi"), object: "payment_intent", amount, amount_capturable: amount, amount_received: 0, currency: (items[0]!.price_data as Obj).currency,
      capture_method: pid.capture_method ?? "automatic", customer: s.customer ?? null, payment_method: card.id, metadata: pid.metadata ?? {},
      status: "requires_capture", created: nowSec(), last_payment_error: null, setup_future_usage: pid.setup_future_usage ?? null,
    });
    Object.assign(s, { status: "complete", payment_status: "unpaid", payment_intent: intent.id });
    return { session: s, intent };
  }

  /** A Stripe event envelope around a snapshot of `object`. */
  event(type: string, object: Obj, created = nowSec()): Obj {
    const { _params, _decline, ...clean } = object as Obj & { _params?: unknown; _decline?: unknown };
    void _params;
    void _decline;
    return { id: id("evt"), object: "event", api_version: "2026-10-28.endive", created, livemode: false, pending_webhooks: 1, type, data: { object: structuredClone(clean) }, request: { id: null, idempotency_key: null } };
  }
}
