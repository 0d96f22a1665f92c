// The orders context's public API: lifecycle use-cases, the cutoff job's service and read models.
export { cancelOrder, type CancelResult } from "./service/cancel";
export { editOrder, type EditResult } from "./service/edit";
export { advanceOrder } from "./service/advance";
export { recordDelivery, type DeliveryResult } from "./service/deliver";
export { confirmOrdersAtCutoff } from "./service/confirm-at-cutoff";
export { listMyOrders, listMyOpenOrders, type MyOrderRow } from "./queries/my-orders";
export { getOrderDetail, type OrderDetail } from "./queries/detail";
export { listOrders, type StaffOrderRow } from "./queries/staff-orders";
export { checkTransition, isEditable, nextStatuses, ORDER_PATH, ORDER_STATUS_LABELS } from "./state-machine";
export { recordOrderPlaced, transitionOrder } from "./transitions";
export { lineReference, notEditableMessage } from "./rules";
