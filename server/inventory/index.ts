// The inventory context's public API for other contexts (commerce reserves, packhouse receives...).
export { INVENTORY_EVENTS } from "./events";
export { allocateFefo, compareFefo, movementDeltas } from "./rules";
export { acknowledgeAlert, checkLowStock, resolveAlert } from "./service/alerts";
export { decideAdjustment, requestAdjustment } from "./service/adjustments";
export { confirmPick, deliverReservations, returnStock, shipReservations } from "./service/fulfil";
export { recordCheckpoint, recordLabResult } from "./service/lot-records";
export { STOCKING_KINDS } from "./service/lookups";
export { findBalanceDrift, rebuildBalances } from "./service/rebuild";
export { receiveLot } from "./service/receive";
export { releaseReservations, reserveStock } from "./service/reserve";
export { cancelTransfer, createTransfer, receiveTransfer } from "./service/transfers";
