// The postings of a journal entry as a compact list: debits flush left, credits indented.
import type { JournalRow } from "@/server/ledger/queries";
import { drCr } from "./labels";
import { Money } from "./money";

/** The postings of an entry as a compact two-column list (Dr left, Cr right). */
export function PostingList({ row }: { row: JournalRow }) {
  return (
    <ul className="min-w-72 space-y-0.5 text-xs">
      {row.postings.map((p, i) => (
        <li key={i} className={p.amountMinor < 0 ? "flex justify-between gap-3 pl-6" : "flex justify-between gap-3"}>
          <span className="truncate">
            <span className="font-mono text-ink-muted">{p.accountCode}</span> {p.accountName}
          </span>
          <span className="whitespace-nowrap tabular-nums">
            <span className="text-ink-muted">{drCr(p.amountMinor)}</span> <Money minor={Math.abs(p.amountMinor)} currency={row.currency} />
          </span>
        </li>
      ))}
    </ul>
  );
}
