// Events the payments context writes to the outbox (PaymentSucceeded, PaymentFailed...).
export const PAYMENT_EVENTS = {
  paymentAuthorized: "payments/payment.authorized",
  paymentSucceeded: "payments/payment.succeeded",
  paymentFailed: "payments/payment.failed",
  paymentCancelled: "payments/payment.cancelled",
  captureRequested: "payments/capture.requested",
  refundCreated: "payments/refund.created",
  receiptRecorded: "payments/receipt.recorded",
} as const;
