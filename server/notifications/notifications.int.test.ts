// Order notifications: the job triggered by commerce/order.created writes one e-mail (.eml through
// the log transport) and one in-app message per event, however often the event is delivered; a
// failed send is recorded and retried.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderConfirmationJob } from "../jobs/definitions/notifications-order-mail";
import { runJob } from "../jobs/run";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { orderWorld, placeOrder } from "../testing/orders";
import { logMailer, setMailer, type Mailer } from "./mailer";
import { notifyOrder } from "./service";

let tdb: TestDatabase;
let dir: string;
beforeAll(async () => {
  tdb = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "furrow-mail-"));
  setMailer(logMailer(dir));
}, 60_000);
afterAll(async () => {
  setMailer(undefined);
  await tdb.drop();
});

async function createdEvent(orderId: string) {
  const events = await tdb.db.outboxEvent.findMany({ where: { name: "commerce/order.created" } });
  const event = events.find((e) => (e.payload as { orderId: string }).orderId === orderId)!;
  return { id: event.id, name: event.name, hubId: event.hubId, payload: event.payload as Record<string, unknown> };
}

describe("notifications.order-confirmation", () => {
  it("sends the confirmation once per event: one .eml with number, slot, lines, totals and link; one in-app message", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId, number } = await placeOrder(w);
    const event = await createdEvent(orderId);
    const run = () => runJob(orderConfirmationJob, { db: tdb.db, engine: "manual", trigger: "event", payload: event.payload, event });
    const first = await run();
    expect(first.result).toMatchObject({ sent: true });
    expect((await run()).result).toMatchObject({ sent: false, reason: "already-sent" });
    const rows = await tdb.db.notification.findMany({ where: { eventId: event.id }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.status, r.template])).toEqual([["EMAIL", "SENT", "order-confirmation"], ["IN_APP", "SENT", "order-confirmation"]]);
    expect(rows[0]!.recipient).toBe(w.customer.actor.email);
    const files = (await readdir(dir)).filter((f) => f.includes(rows[0]!.id));
    expect(files).toHaveLength(1);
    const eml = await readFile(path.join(dir, files[0]!), "utf8");
    expect(eml).toContain(`To: ${w.customer.actor.email}`);
    expect(eml).toContain(`X-Furrow-Notification: ${rows[0]!.id}`);
    expect(eml).toContain("Content-Type: text/html");
    // The text part as stored (the .eml carries it quoted-printable).
    const text = rows[0]!.body;
    expect(rows[0]!.subject).toBe(`Your Furrow order ${number} for Sat 21 Nov, 09:00–13:00`);
    expect(text).toContain(`Order ${number}`);
    expect(text).toContain("Delivery: Sat 21 Nov, 09:00–13:00");
    expect(text).toMatch(/2 × Veg 1, 250 g punnet {2}€6\.00/);
    expect(text).toMatch(/Total \(incl\. VAT\): €13\.95/);
    expect(text).toContain(`http://localhost:3000/account/orders/${number}`);
    expect(text).toContain("until Thu 19 Nov at 19:00");
    expect(rows[1]!.subject).toBe(`Order ${number} placed`);
  });

  it("two deliveries of the same event racing: still one e-mail", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId } = await placeOrder(w);
    const event = await createdEvent(orderId);
    let sends = 0;
    const counting: Mailer = { name: "count", send: async () => (sends++, await new Promise((r) => setTimeout(r, 50)), { messageId: "x" }) };
    const results = await Promise.all([1, 2, 3].map(() => notifyOrder(tdb.db, counting, { eventId: event.id, orderId, template: "order-confirmation" })));
    expect(sends).toBe(1);
    expect(results.filter((r) => r.sent)).toHaveLength(1);
  });

  it("a failed send is recorded and the job fails (to be retried); the retry sends it", async () => {
    const w = await orderWorld(tdb.db);
    const { orderId } = await placeOrder(w);
    const event = await createdEvent(orderId);
    const broken: Mailer = { name: "broken", send: async () => { throw new Error("SMTP 451 try later"); } };
    await expect(notifyOrder(tdb.db, broken, { eventId: event.id, orderId, template: "order-confirmation" })).rejects.toThrow(/451/);
    expect(await tdb.db.notification.findFirstOrThrow({ where: { eventId: event.id, channel: "EMAIL" } })).toMatchObject({ status: "FAILED", error: "SMTP 451 try later" });
    expect(await notifyOrder(tdb.db, logMailer(dir), { eventId: event.id, orderId, template: "order-confirmation" })).toMatchObject({ sent: true });
    expect(await tdb.db.notification.count({ where: { eventId: event.id } })).toBe(2);
  });
});
