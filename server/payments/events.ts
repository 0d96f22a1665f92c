// Events the payments context writes to the outbox (PaymentSucceeded, PaymentFailed...).
export const PAYMENT_EVENTS = {
  paymentAuthorized: "payments/payment.authorized",
  paymentSucceeded: "payments/payment.succeeded",
  paymentFailed: "payments/payment.failed",
  paymentCancelled: "payments/payment.cancelled",
  captureRequested: "payments/capture.requested",
  // An edit raised the order total above the card hold: capture takes the hold, the rest is invoiced.
  holdExceeded: "payments/hold.exceeded",
  refundCreated: "payments/refund.created",
  receiptRecorded: "payments/receipt.recorded",
  creditIssued: "payments/credit.issued",
} as const;
