// Sending notifications for events: one e-mail and one in-app message per (event, channel,
// template), whatever how often the event is delivered. The e-mail row is locked while sending, so
// a duplicate delivery running at the same time waits and then finds it sent.
import type { Db } from "@/lib/db";
import type { Mailer } from "./mailer";
import { loadOrderMail } from "./order-data";
import { orderCancelled, orderChanged, orderConfirmation, orderSubstitution } from "./templates/order";
import type { Rendered } from "./templates/layout";
import type { OrderMailData } from "./templates/order";

export const ORDER_TEMPLATES = {
  "order-confirmation": orderConfirmation,
  "order-changed": orderChanged,
  "order-cancelled": orderCancelled,
  "order-substitution": orderSubstitution,
} as const satisfies Record<string, (d: OrderMailData) => Rendered>;
export type OrderTemplate = keyof typeof ORDER_TEMPLATES;

export type NotifyResult = { sent: boolean; reason?: "no-recipient" | "already-sent"; notificationId?: string };

class SendFailed extends Error {}

/** Renders `template` for the order of `eventId` and sends it (e-mail + in-app) once per event. */
export async function notifyOrder(db: Db, mailer: Mailer, input: { eventId: string; orderId: string; template: OrderTemplate }): Promise<NotifyResult> {
  const mail = await loadOrderMail(db, input.orderId);
  if (!mail) return { sent: false, reason: "no-recipient" };
  const rendered = ORDER_TEMPLATES[input.template](mail.data);
  const common = { hubId: mail.hubId, userId: mail.userId, template: input.template, eventId: input.eventId, subject: rendered.subject };
  let failure: unknown = null;
  const result = await db.$transaction(async (tx) => {
    await tx.notification.createMany({
      data: [
        { ...common, channel: "EMAIL", recipient: mail.email, body: rendered.text, html: rendered.html, status: "PENDING" },
        { ...common, channel: "IN_APP", recipient: mail.userId, subject: rendered.inApp.title, body: rendered.inApp.body, status: "SENT", sentAt: new Date() },
      ],
      skipDuplicates: true,
    });
    const [row] = await tx.$queryRaw<Array<{ id: string; status: string }>>`
      SELECT id, status::text AS status FROM "Notification" WHERE "eventId" = ${input.eventId} AND channel = 'EMAIL' AND template = ${input.template} FOR UPDATE`;
    if (!row) throw new Error("notification row missing");
    if (row.status === "SENT") return { sent: false, reason: "already-sent" as const, notificationId: row.id };
    try {
      await mailer.send({ to: mail.email, subject: rendered.subject, text: rendered.text, html: rendered.html, headers: { "X-Furrow-Notification": row.id } });
    } catch (error) {
      failure = error;
      await tx.notification.update({ where: { id: row.id }, data: { status: "FAILED", error: String((error as Error)?.message ?? error).slice(0, 500) } });
      return { sent: false, notificationId: row.id };
    }
    await tx.notification.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), error: null } });
    return { sent: true, notificationId: row.id };
  }, { timeout: 60_000 });
  // The failure is recorded on the row; throwing makes the job retry with backoff.
  if (failure) throw new SendFailed(`E-mail for ${input.template} could not be sent: ${String((failure as Error)?.message ?? failure)}`);
  return result;
}
