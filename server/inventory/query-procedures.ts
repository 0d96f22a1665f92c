// Read-side procedures of inventory (balances, lots, movements, adjustments, transfers, alerts),
// spread into inventoryRouter. Kept apart from the commands in router.ts.
import { z } from "zod";
import { permittedProcedure, serviceCtx } from "../trpc";
import {
  categoryOptions,
  farmOptions,
  inventorySettings,
  listAdjustments,
  listAlerts,
  listBalances,
  listMovements,
  listTransfers,
  locationOptions,
  lotDetail,
  lotOptions,
  skuOptions,
  stockSummary,
  transferDetail,
} from "./queries";
import { ZInventoryTableInput, ZLocationOptionsInput, ZLotOptionsInput, ZLotRef, ZSkuOptionsInput, ZSummaryInput, ZTransferRef } from "./queries/schema";

const read = () => permittedProcedure("inventory:read");

export const inventoryQueryProcedures = {
  balances: read().input(ZInventoryTableInput).query(({ ctx, input }) => listBalances(serviceCtx(ctx), input)),
  stockSummary: read().input(ZSummaryInput).query(({ ctx, input }) => stockSummary(serviceCtx(ctx), input)),
  lot: read().input(ZLotRef).query(({ ctx, input }) => lotDetail(serviceCtx(ctx), input)),
  movements: read().input(ZInventoryTableInput).query(({ ctx, input }) => listMovements(serviceCtx(ctx), input)),
  adjustments: read().input(ZInventoryTableInput).query(({ ctx, input }) => listAdjustments(serviceCtx(ctx), input)),
  transfers: read().input(ZInventoryTableInput).query(({ ctx, input }) => listTransfers(serviceCtx(ctx), input)),
  transfer: read().input(ZTransferRef).query(({ ctx, input }) => transferDetail(serviceCtx(ctx), input)),
  alerts: read().input(ZInventoryTableInput).query(({ ctx, input }) => listAlerts(serviceCtx(ctx), input)),
  locationOptions: read().input(ZLocationOptionsInput).query(({ ctx, input }) => locationOptions(serviceCtx(ctx), input)),
  skuOptions: read().input(ZSkuOptionsInput).query(({ ctx, input }) => skuOptions(serviceCtx(ctx), input)),
  lotOptions: read().input(ZLotOptionsInput).query(({ ctx, input }) => lotOptions(serviceCtx(ctx), input)),
  categoryOptions: read().input(z.void()).query(({ ctx }) => categoryOptions(serviceCtx(ctx))),
  farmOptions: read().input(z.void()).query(({ ctx }) => farmOptions(serviceCtx(ctx))),
  settings: read().input(z.void()).query(({ ctx }) => inventorySettings(serviceCtx(ctx))),
};
