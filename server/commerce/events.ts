// Events the commerce context writes to the outbox (ARCHITECTURE.md §4: OrderCreated, OrderEdited,
// OrderCancelled, SubscriptionRenewed...). Payloads carry ids, never personal data beyond them.
export const COMMERCE_EVENTS = {
  orderCreated: "commerce/order.created",
  orderEdited: "commerce/order.edited",
  orderCancelled: "commerce/order.cancelled",
  orderStatusChanged: "commerce/order.status-changed",
  orderDelivered: "commerce/order.delivered",
  subscriptionCreated: "commerce/subscription.created",
  subscriptionChanged: "commerce/subscription.changed",
  subscriptionSkipped: "commerce/subscription.skipped",
  subscriptionPaused: "commerce/subscription.paused",
  subscriptionResumed: "commerce/subscription.resumed",
  subscriptionCancelled: "commerce/subscription.cancelled",
  subscriptionRenewed: "commerce/subscription.renewed",
  subscriptionRenewalFailed: "commerce/subscription.renewal-failed",
  slotsGenerated: "commerce/slots.generated",
} as const;
