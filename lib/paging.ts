// The query shape of every server-side table (sort, filter, page) and its Prisma translation.
import { z } from "zod";

export const ZTableQuery = z.object({
  page: z.number().int().min(0).max(100_000).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
  sort: z.object({ id: z.string().max(64), desc: z.boolean() }).nullable().default(null),
  filters: z.record(z.string().max(64), z.string().max(200)).default({}),
});
export type TTableQuery = z.infer<typeof ZTableQuery>;

export type Page<T> = { rows: T[]; total: number };

/** skip/take for a query; sort only on whitelisted columns (anything else falls back). */
export function pageArgs<S extends string>(q: TTableQuery, sortable: readonly S[], fallback: { id: S; desc: boolean }) {
  const sort = q.sort && (sortable as readonly string[]).includes(q.sort.id) ? (q.sort as { id: S; desc: boolean }) : fallback;
  return {
    skip: q.page * q.pageSize,
    take: q.pageSize,
    sort,
    direction: (sort.desc ? "desc" : "asc") as "asc" | "desc",
  };
}
