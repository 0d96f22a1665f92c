// finance: payments, journal, balances, trial balance and money trails (finance:read); refunds,
// receipts, credits and reversals (finance:operate).
import { z } from "zod";
import { accountBalances, listJournal, moneyTrail, trialBalance } from "../ledger/queries";
import { reverseJournalEntry } from "../ledger/corrections";
import { ZJournalQuery, ZMoneyTrailQuery, ZReverseEntryInput, ZTrialBalanceQuery } from "../ledger/schema";
import { permittedProcedure, router, serviceCtx } from "../trpc";
import { financeOverview, listPayments } from "./queries";
import { ZCreateRefundInput, ZIssueCreditInput, ZPaymentsQuery, ZRecordReceiptInput } from "./schema";
import { issueCredit } from "./service/credits";
import { recordReceipt } from "./service/receipts";
import { createRefund } from "./service/refunds";

const read = permittedProcedure("finance:read");
const operate = permittedProcedure("finance:operate");

export const financeRouter = router({
  overview: read.query(({ ctx }) => financeOverview(serviceCtx(ctx))),
  payments: read.input(ZPaymentsQuery).query(({ ctx, input }) => listPayments(serviceCtx(ctx), input)),
  journal: read.input(ZJournalQuery).query(({ ctx, input }) => listJournal(serviceCtx(ctx), input)),
  balances: read.input(z.object({}).optional()).query(({ ctx }) => accountBalances(serviceCtx(ctx))),
  trialBalance: read.input(ZTrialBalanceQuery).query(({ ctx, input }) => trialBalance(serviceCtx(ctx), input)),
  moneyTrail: read.input(ZMoneyTrailQuery).query(({ ctx, input }) => moneyTrail(serviceCtx(ctx), input)),
  refund: operate.input(ZCreateRefundInput).mutation(({ ctx, input }) => createRefund(serviceCtx(ctx), input)),
  recordReceipt: operate.input(ZRecordReceiptInput).mutation(({ ctx, input }) => recordReceipt(serviceCtx(ctx), input)),
  issueCredit: operate.input(ZIssueCreditInput).mutation(({ ctx, input }) => issueCredit(serviceCtx(ctx), input)),
  reverseEntry: operate.input(ZReverseEntryInput).mutation(({ ctx, input }) => reverseJournalEntry(serviceCtx(ctx), input)),
});
