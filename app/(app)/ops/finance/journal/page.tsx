import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { JOURNAL_TABLE_DEFAULTS } from "@/components/finance/labels";
import { JournalTable } from "@/components/finance/journal-table";
import { parseTableState } from "@/components/data-table/state";
import { PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";
import { CHART } from "@/server/ledger";

export const metadata: Metadata = { title: "Journal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/** The journal: every entry with its postings, filtered server-side. */
export default async function JournalPage({ searchParams }: Props) {
  const actor = await requirePermission("finance:read");
  const state = parseTableState(await searchParams, JOURNAL_TABLE_DEFAULTS);
  const f = state.filters;
  const data = await (await getCaller()).finance.journal({
    page: state.page, pageSize: state.pageSize, sortDesc: state.sort?.desc ?? true,
    from: day(f.from), to: day(f.to), kind: f.kind || null, accountKey: f.account || null, orderNumber: f.order || null,
  });
  const accounts = CHART.map((a) => ({ value: a.key, label: `${a.code} ${a.name}` }));
  return (
    <div className="space-y-4">
      <PageHeader title="Journal" description="Every posted entry, debits and credits per account. Entries are never edited; corrections are reversals." breadcrumbs={[{ label: "Finance", href: "/ops/finance" }, { label: "Journal" }]} />
      <JournalTable rows={data.rows} total={data.total} canOperate={can(actor.role, "finance:operate")} accounts={accounts} />
    </div>
  );
}
