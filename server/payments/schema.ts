// Inputs of the finance operations (refunds, receipts, credits, reversals) and payment tables.
import { z } from "zod";
import { ZTableQuery } from "@/lib/paging";
import { RECEIPT_METHODS } from "./rules";

const id = z.string().trim().min(1, "Required").max(64);
const amount = z.number({ error: "Enter an amount" }).int("Whole cents only").positive("Must be more than zero").max(100_000_000, "Too large");
const reason = z.string().trim().min(3, "Give a reason (at least 3 characters)").max(500);

export const ZCreateRefundInput = z.object({
  paymentId: id,
  amountMinor: amount,
  reason,
  // The client's idempotency key for this refund (a retried submit refunds once).
  requestId: z.string().uuid().optional(),
});
export type TCreateRefundInput = z.infer<typeof ZCreateRefundInput>;

export const ZRecordReceiptInput = z.object({
  paymentId: id,
  amountMinor: amount,
  method: z.enum(RECEIPT_METHODS),
  reference: z.string().trim().min(1, "Enter the bank or receipt reference").max(120),
  receivedAt: z.coerce.date(),
});
export type TRecordReceiptInput = z.infer<typeof ZRecordReceiptInput>;

export const ZIssueCreditInput = z.object({
  userId: id,
  orderId: id.nullish(),
  amountMinor: amount,
  reason,
  requestId: z.string().uuid().optional(),
});
export type TIssueCreditInput = z.infer<typeof ZIssueCreditInput>;

export const ZPaymentsQuery = ZTableQuery;
