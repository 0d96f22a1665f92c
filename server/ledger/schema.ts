// Inputs of the finance reads (journal filters, trial balance date, money trail) and the reversal.
import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD");

export const ZJournalQuery = z.object({
  page: z.number().int().min(0).max(100_000).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
  sortDesc: z.boolean().default(true),
  from: day.nullish(),
  to: day.nullish(),
  kind: z.string().trim().max(40).nullish(),
  accountKey: z.string().trim().max(40).nullish(),
  orderNumber: z.string().trim().max(20).nullish(),
});
export type TJournalQuery = z.infer<typeof ZJournalQuery>;

export const ZTrialBalanceQuery = z.object({ asOf: day.nullish() });
export const ZMoneyTrailQuery = z.object({ number: z.string().trim().min(1, "Enter an order number").max(20) });

export const ZReverseEntryInput = z.object({
  entryId: z.string().trim().min(1, "Required").max(64),
  reason: z.string().trim().min(5, "Give a reason (at least 5 characters)").max(500),
});
export type TReverseEntryInput = z.infer<typeof ZReverseEntryInput>;
