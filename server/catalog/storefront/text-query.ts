// Turns what a shopper typed into the parts of a PostgreSQL text query: the whole input for
// websearch_to_tsquery (which accepts any text) and, for the word being typed, a prefix term
// ("tom" -> 'tom':*) built only from letters and digits so to_tsquery can never see its syntax.
import { Prisma } from "@/generated/prisma/client";

export type TextQuery = {
  /** The input as typed, for websearch_to_tsquery (quotes, -negation and "or" keep working). */
  web: string;
  /** Prefix matching of the last word: everything before it (websearch) AND last:* . */
  prefix: { head: string; last: string } | null;
};

const LAST_WORD = /([\p{L}\p{N}]+)\s*$/u;
const MIN_PREFIX = 2;
const MAX_TERM = 64;

/** Splits the input into the websearch part and the prefix part; null when there is nothing to search. */
export function parseTextQuery(q: string | undefined | null): TextQuery | null {
  const web = (q ?? "").trim();
  if (!/[\p{L}\p{N}]/u.test(web)) return null;
  const match = LAST_WORD.exec(web);
  if (!match) return { web, prefix: null };
  const last = match[1]!.toLowerCase().slice(0, MAX_TERM);
  const head = web.slice(0, match.index);
  // A negated word ("-onion"), a word inside an open quote, or the "or" operator is no prefix.
  const negated = head.endsWith("-") && (head.length === 1 || /\s$/.test(head.slice(0, -1)));
  const insideQuote = (head.match(/"/g)?.length ?? 0) % 2 === 1;
  if (negated || insideQuote || last === "or" || last.length < MIN_PREFIX) return { web, prefix: null };
  return { web, prefix: { head, last } };
}

/** The tsquery expression for a parsed query: websearch(q) OR (websearch(head) AND last:*). */
export function tsQuerySql(text: TextQuery): Prisma.Sql {
  const web = Prisma.sql`websearch_to_tsquery('english', ${text.web})`;
  if (!text.prefix) return web;
  return Prisma.sql`(${web} || (websearch_to_tsquery('english', ${text.prefix.head}) && to_tsquery('english', ${`${text.prefix.last}:*`})))`;
}
