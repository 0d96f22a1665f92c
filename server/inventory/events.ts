// Events the inventory context writes to the outbox (ARCHITECTURE.md §4: InboundReceived, InventoryAdjusted...).
export const INVENTORY_EVENTS = {
  stockReceived: "inventory/stock.received",
  stockAdjusted: "inventory/stock.adjusted",
  adjustmentRequested: "inventory/adjustment.requested",
  adjustmentRejected: "inventory/adjustment.rejected",
  transferDispatched: "inventory/transfer.dispatched",
  transferReceived: "inventory/transfer.received",
  transferCancelled: "inventory/transfer.cancelled",
  stockLow: "inventory/stock.low",
  coldChainBreached: "inventory/cold-chain.breached",
  lotExpiring: "inventory/lot.expiring",
  labResultFailed: "inventory/lab-result.failed",
} as const;
