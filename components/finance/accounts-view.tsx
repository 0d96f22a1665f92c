// Account balances and the trial balance (server-rendered tables; the trial balance must sum to zero).
import { Badge, Card, CardBody, CardHeader, CardTitle, TableHead } from "@/components/ui";
import type { AccountBalance, TrialBalance } from "@/server/ledger/queries";
import { drCr } from "./labels";
import { Money } from "./money";

const TYPE_LABELS: Record<string, string> = { ASSET: "Assets", LIABILITY: "Liabilities", EQUITY: "Equity", REVENUE: "Revenue", EXPENSE: "Expenses" };

export function BalancesTable({ accounts, currency }: { accounts: AccountBalance[]; currency: string }) {
  const groups = Object.keys(TYPE_LABELS).map((type) => ({ type, rows: accounts.filter((a) => a.type === type) })).filter((g) => g.rows.length > 0);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Account balances</CardTitle>
      </CardHeader>
      <CardBody className="overflow-x-auto p-0">
        <table className="w-full text-sm">
          <caption className="sr-only">Balance of every ledger account (Dr debit, Cr credit)</caption>
          <TableHead columns={["Code", "Account", { label: "Postings", numeric: true }, { label: "Balance", numeric: true }]} />
          {groups.map((g) => (
            <tbody key={g.type} className="divide-y divide-line border-t border-line">
              <tr>
                <th scope="rowgroup" colSpan={4} className="bg-canvas px-3 py-1.5 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase">
                  {TYPE_LABELS[g.type]}
                </th>
              </tr>
              {g.rows.map((a) => (
                <tr key={a.key}>
                  <td className="px-3 py-1.5 font-mono text-xs">{a.code}</td>
                  <td className="px-3 py-1.5">
                    {a.name}
                    {a.balanceMinor !== a.postingsMinor && <Badge tone="danger" className="ml-2">Drift</Badge>}
                  </td>
                  <td className="px-3 py-1.5 text-right tabular-nums text-ink-muted">{a.postingCount.toLocaleString("en-GB")}</td>
                  <td className="px-3 py-1.5 text-right whitespace-nowrap">
                    {/* Credit balances are normal for liabilities and revenue: shown as Cr, not as negatives. */}
                    <Money minor={Math.abs(a.balanceMinor)} currency={currency} /> <span className="text-xs text-ink-muted">{a.balanceMinor === 0 ? "" : drCr(a.balanceMinor)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </CardBody>
    </Card>
  );
}

export function TrialBalanceTable({ tb, currency }: { tb: TrialBalance; currency: string }) {
  return (
    <Card>
      <CardHeader actions={<Badge tone={tb.balanced ? "success" : "danger"} dot>{tb.balanced ? "Balanced" : "Out of balance"}</Badge>}>
        <CardTitle>Trial balance{tb.asOf ? ` at end of ${tb.asOf}` : ""}</CardTitle>
      </CardHeader>
      <CardBody className="overflow-x-auto p-0">
        <table className="w-full text-sm">
          <caption className="sr-only">Debits and credits per account; the totals are equal</caption>
          <TableHead columns={["Code", "Account", { label: "Debit", numeric: true }, { label: "Credit", numeric: true }]} />
          <tbody className="divide-y divide-line">
            {tb.rows.filter((r) => r.debitMinor !== 0 || r.creditMinor !== 0).map((r) => (
              <tr key={r.key}>
                <td className="px-3 py-1.5 font-mono text-xs">{r.code}</td>
                <td className="px-3 py-1.5">{r.name}</td>
                <td className="px-3 py-1.5 text-right">{r.debitMinor ? <Money minor={r.debitMinor} currency={currency} /> : ""}</td>
                <td className="px-3 py-1.5 text-right">{r.creditMinor ? <Money minor={r.creditMinor} currency={currency} /> : ""}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-line-strong font-semibold">
            <tr>
              <th scope="row" colSpan={2} className="px-3 py-2 text-left">Totals</th>
              <td className="px-3 py-2 text-right" data-testid="tb-debit"><Money minor={tb.totalDebitMinor} currency={currency} /></td>
              <td className="px-3 py-2 text-right" data-testid="tb-credit"><Money minor={tb.totalCreditMinor} currency={currency} /></td>
            </tr>
            <tr className="text-xs font-normal text-ink-muted">
              <th scope="row" colSpan={2} className="px-3 pb-2 text-left font-normal">Debits minus credits</th>
              <td colSpan={2} className="px-3 pb-2 text-right"><Money minor={tb.sumMinor} currency={currency} muteZero={false} /></td>
            </tr>
          </tfoot>
        </table>
      </CardBody>
    </Card>
  );
}
