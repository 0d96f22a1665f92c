// The chart of accounts every hub gets. Code posts to account keys, never to codes, so a hub may
// renumber its chart without touching the code.
import type { AccountType } from "@/generated/prisma/enums";
import type { DbOrTx } from "@/lib/db";

export type AccountKey = (typeof CHART)[number]["key"];
export type ChartAccount = { key: string; code: string; name: string; type: AccountType };

export const CHART = [
  { key: "bank", code: "1000", name: "Bank", type: "ASSET" },
  { key: "cash_on_delivery", code: "1010", name: "Cash collected on delivery", type: "ASSET" },
  { key: "stripe_clearing", code: "1100", name: "Stripe clearing", type: "ASSET" },
  // Card holds not yet captured: an asset we may claim, matched by deferred revenue.
  { key: "card_authorizations", code: "1150", name: "Card authorizations pending capture", type: "ASSET" },
  { key: "receivables", code: "1200", name: "Accounts receivable (pay on delivery, invoices)", type: "ASSET" },
  { key: "grower_payables", code: "2000", name: "Grower payables", type: "LIABILITY" },
  { key: "customer_credit", code: "2100", name: "Customer credit", type: "LIABILITY" },
  { key: "deferred_revenue", code: "2200", name: "Deferred revenue (paid, not yet delivered)", type: "LIABILITY" },
  { key: "refunds_payable", code: "2250", name: "Refunds payable", type: "LIABILITY" },
  { key: "tax_payable", code: "2300", name: "VAT payable", type: "LIABILITY" },
  { key: "equity", code: "3000", name: "Owner equity", type: "EQUITY" },
  { key: "revenue_storefront", code: "4000", name: "Revenue: storefront", type: "REVENUE" },
  { key: "revenue_subscription", code: "4010", name: "Revenue: subscriptions", type: "REVENUE" },
  { key: "revenue_b2b", code: "4020", name: "Revenue: business buyers", type: "REVENUE" },
  { key: "revenue_import", code: "4030", name: "Revenue: imported orders", type: "REVENUE" },
  { key: "revenue_delivery_fees", code: "4100", name: "Revenue: delivery fees", type: "REVENUE" },
  // Contra-revenue: refunds and goodwill credits reduce revenue without rewriting it.
  { key: "refunds_and_credits", code: "4900", name: "Refunds and customer credits", type: "REVENUE" },
  { key: "cost_of_produce", code: "5000", name: "Cost of produce (grower settlements)", type: "EXPENSE" },
  { key: "payment_fees", code: "6100", name: "Payment provider fees", type: "EXPENSE" },
] as const satisfies readonly ChartAccount[];

/** Revenue account of each order channel. */
export const REVENUE_ACCOUNT_BY_CHANNEL = {
  STOREFRONT: "revenue_storefront",
  SUBSCRIPTION: "revenue_subscription",
  B2B: "revenue_b2b",
  IMPORT: "revenue_import",
} as const satisfies Record<string, AccountKey>;

/** Creates the hub's accounts that do not exist yet (safe to repeat). */
export async function ensureChartOfAccounts(db: DbOrTx, hubId: string, currency: string): Promise<void> {
  await db.ledgerAccount.createMany({
    data: CHART.map((a) => ({ hubId, key: a.key, code: a.code, name: a.name, type: a.type, currency })),
    skipDuplicates: true,
  });
}
