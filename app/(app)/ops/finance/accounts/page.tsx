import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { BalancesTable, TrialBalanceTable } from "@/components/finance/accounts-view";
import { buttonClasses, Field, Input, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Accounts & trial balance" };

type Props = { searchParams: Promise<{ asOf?: string }> };

/** Account balances and the trial balance, optionally as of the end of a day. */
export default async function AccountsPage({ searchParams }: Props) {
  const actor = await requirePermission("finance:read");
  const { asOf } = await searchParams;
  const day = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  const caller = await getCaller();
  const [balances, tb] = await Promise.all([caller.finance.balances(), caller.finance.trialBalance({ asOf: day })]);
  return (
    <div className="space-y-4">
      <PageHeader title="Accounts & trial balance" description="Balances are kept by the database with every posting; the trial balance recomputes them from the postings." breadcrumbs={[{ label: "Finance", href: "/ops/finance" }, { label: "Accounts" }]} />
      <form method="get" className="flex items-end gap-2">
        <Field label="Trial balance as of (end of day)">
          <Input type="date" name="asOf" defaultValue={day ?? ""} className="w-44" />
        </Field>
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Show
        </button>
      </form>
      <div className="grid gap-4 xl:grid-cols-2">
        <TrialBalanceTable tb={tb} currency={actor.hubCurrency} />
        <BalancesTable accounts={balances} currency={actor.hubCurrency} />
      </div>
    </div>
  );
}
