// The inventory read side: tables, detail views and form options, all scoped to the caller's hub.
export { listBalances, BALANCE_SORTABLE, type BalanceRow } from "./balances";
export { stockSummary, type LocationStock, type StockSummary } from "./summary";
export { lotDetail, type LotDetail } from "./lot-detail";
export { listMovements, MOVEMENT_KINDS, MOVEMENT_SORTABLE, type MovementRow } from "./movements";
export { listAdjustments, ADJUSTMENT_REASONS, ADJUSTMENT_SORTABLE, ADJUSTMENT_STATUSES, type AdjustmentRow } from "./adjustments";
export { listTransfers, transferDetail, TRANSFER_SORTABLE, TRANSFER_STATUSES, type TransferDetail, type TransferRow } from "./transfers";
export { listAlerts, ALERT_KINDS, ALERT_SORTABLE, ALERT_STATUSES, type AlertRow } from "./alerts";
export { categoryOptions, farmOptions, inventorySettings, locationOptions, lotOptions, skuOptions, type LotOption } from "./options";
