// Which hub the public shop shows: STOREFRONT_HUB_SLUG when set, else the oldest hub.
import type { DbOrTx } from "@/lib/db";
import { env } from "@/lib/env";

export type StorefrontHub = { id: string; slug: string; name: string; timeZone: string; currency: string };

const TTL_MS = 60_000;
// A hub's identity hardly ever changes: remember it per client and slug for a minute rather than
// spending a query on it for every public page.
const cache = new WeakMap<object, Map<string, { at: number; hub: StorefrontHub }>>();

/** The storefront's hub, or null when the database has no (such) hub yet. */
export async function resolveStorefrontHub(db: DbOrTx, slug = env.STOREFRONT_HUB_SLUG, now = Date.now()): Promise<StorefrontHub | null> {
  const perDb = cache.get(db) ?? new Map<string, { at: number; hub: StorefrontHub }>();
  cache.set(db, perDb);
  const hit = perDb.get(slug ?? "");
  if (hit && now - hit.at < TTL_MS) return hit.hub;
  const select = { id: true, slug: true, name: true, timeZone: true, currency: true } as const;
  const hub = slug
    ? await db.hub.findUnique({ where: { slug }, select })
    : await db.hub.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select });
  if (hub) perDb.set(slug ?? "", { at: now, hub });
  return hub;
}
