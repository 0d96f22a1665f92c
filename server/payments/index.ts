// The payments context's public API: checkout and orders open and settle payments through these.
export { PAYMENT_EVENTS } from "./events";
export { isCardPaymentAvailable } from "./stripe-client";
export { openPayment, type OpenPaymentInput } from "./service/open-payment";
export { beginCardCheckout, type BeginCardCheckoutInput } from "./service/card-checkout";
export { onOrderCancelled, onOrderChanged, onOrderDelivered } from "./service/order-hooks";
