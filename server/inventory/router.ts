// inventory: stock commands (receive, reserve, adjust, transfer...) plus the read-side procedures.
import { permittedProcedure, router, serviceCtx } from "../trpc";
import { inventoryQueryProcedures } from "./query-procedures";
import { ZAlertRef, ZCheckpointInput, ZCreateTransferInput, ZDecideAdjustmentInput, ZDeliverInput, ZLabResultInput, ZPickInput, ZReceiveInput, ZReceiveTransferInput, ZReferenceInput, ZRequestAdjustmentInput, ZReserveInput, ZReturnInput, ZTransferRef } from "./schema";
import { acknowledgeAlert, resolveAlert } from "./service/alerts";
import { decideAdjustment, requestAdjustment } from "./service/adjustments";
import { confirmPick, deliverReservations, returnStock, shipReservations } from "./service/fulfil";
import { recordCheckpoint, recordLabResult } from "./service/lot-records";
import { receiveLot } from "./service/receive";
import { releaseReservations, reserveStock } from "./service/reserve";
import { cancelTransfer, createTransfer, receiveTransfer } from "./service/transfers";

const operate = permittedProcedure("inventory:operate");

export const inventoryRouter = router({
  ...inventoryQueryProcedures,
  receive: operate.input(ZReceiveInput).mutation(({ ctx, input }) => receiveLot(serviceCtx(ctx), input)),
  reserve: operate.input(ZReserveInput).mutation(({ ctx, input }) => reserveStock(serviceCtx(ctx), input)),
  release: operate.input(ZReferenceInput).mutation(({ ctx, input }) => releaseReservations(serviceCtx(ctx), input)),
  pick: operate.input(ZPickInput).mutation(({ ctx, input }) => confirmPick(serviceCtx(ctx), input)),
  ship: operate.input(ZReferenceInput).mutation(({ ctx, input }) => shipReservations(serviceCtx(ctx), input)),
  deliver: operate.input(ZDeliverInput).mutation(({ ctx, input }) => deliverReservations(serviceCtx(ctx), input)),
  returnStock: operate.input(ZReturnInput).mutation(({ ctx, input }) => returnStock(serviceCtx(ctx), input)),
  requestAdjustment: operate.input(ZRequestAdjustmentInput).mutation(({ ctx, input }) => requestAdjustment(serviceCtx(ctx), input)),
  decideAdjustment: permittedProcedure("inventory:approve").input(ZDecideAdjustmentInput).mutation(({ ctx, input }) => decideAdjustment(serviceCtx(ctx), input)),
  createTransfer: operate.input(ZCreateTransferInput).mutation(({ ctx, input }) => createTransfer(serviceCtx(ctx), input)),
  receiveTransfer: operate.input(ZReceiveTransferInput).mutation(({ ctx, input }) => receiveTransfer(serviceCtx(ctx), input)),
  cancelTransfer: operate.input(ZTransferRef).mutation(({ ctx, input }) => cancelTransfer(serviceCtx(ctx), input)),
  acknowledgeAlert: operate.input(ZAlertRef).mutation(({ ctx, input }) => acknowledgeAlert(serviceCtx(ctx), input)),
  resolveAlert: operate.input(ZAlertRef).mutation(({ ctx, input }) => resolveAlert(serviceCtx(ctx), input)),
  recordLabResult: permittedProcedure("lots:record").input(ZLabResultInput).mutation(({ ctx, input }) => recordLabResult(serviceCtx(ctx), input)),
  recordCheckpoint: permittedProcedure("lots:record").input(ZCheckpointInput).mutation(({ ctx, input }) => recordCheckpoint(serviceCtx(ctx), input)),
});
