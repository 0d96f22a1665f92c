// The ledger context's public API: other contexts post entries; finance screens read balances.
export { CHART, REVENUE_ACCOUNT_BY_CHANNEL, ensureChartOfAccounts, type AccountKey } from "./chart";
export { assertBalanced, postEntry, reverseEntry, type EntryInput, type PostedEntry, type PostingInput } from "./post-entry";
