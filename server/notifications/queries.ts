// The signed-in user's in-app notifications.
import { z } from "zod";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";

export const ZMyNotifications = z.object({ limit: z.number().int().min(1).max(50).default(10) });

export type InAppNotification = { id: string; template: string; title: string; body: string; createdAt: Date; readAt: Date | null };

/** Latest in-app messages of the caller, newest first, with the unread count. */
export async function listMyNotifications(ctx: ServiceContext, raw: unknown): Promise<{ rows: InAppNotification[]; unread: number }> {
  const { limit } = parseOrThrow(ZMyNotifications, raw ?? {});
  const where = { userId: ctx.actor.userId, channel: "IN_APP" as const };
  const [rows, unread] = await Promise.all([
    ctx.db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: { id: true, template: true, subject: true, body: true, createdAt: true, readAt: true } }),
    ctx.db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return { rows: rows.map((r) => ({ id: r.id, template: r.template, title: r.subject, body: r.body, createdAt: r.createdAt, readAt: r.readAt })), unread };
}

/** Marks all of the caller's in-app messages read. */
export async function markAllRead(ctx: ServiceContext): Promise<{ updated: number }> {
  const { count } = await ctx.db.notification.updateMany({ where: { userId: ctx.actor.userId, channel: "IN_APP", readAt: null }, data: { readAt: ctx.now() } });
  return { updated: count };
}
