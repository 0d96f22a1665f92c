// The payments context's public API: checkout and orders open and settle payments through these;
// finance screens read the ledger through the router.
export { PAYMENT_EVENTS } from "./events";
export { isCardPaymentAvailable } from "./stripe-client";
export { openPayment, type OpenPaymentInput } from "./service/open-payment";
export { beginCardCheckout, type BeginCardCheckoutInput } from "./service/card-checkout";
export { onOrderCancelled, onOrderChanged, onOrderDelivered } from "./service/order-hooks";
export { capturePayment, cancelAtProvider } from "./service/provider-calls";
export { chargeSavedCard } from "./service/saved-card-charge";
export { cancelUnpaidCardOrders } from "./service/unpaid";
export { handleStripeWebhook, verifyStripeEvent, WebhookSignatureError } from "./service/webhook";
export { createRefund } from "./service/refunds";
export { recordReceipt } from "./service/receipts";
export { issueCredit } from "./service/credits";
export { financeOverview, listPayments } from "./queries";
