// Inputs of the cart procedures.
import { z } from "zod";

export const MAX_LINE_QUANTITY = 99;
const skuId = z.string().min(1, "Choose a product").max(64);

export const ZCartView = z.object({ postcode: z.string().trim().max(12).optional() }).default({});
export const ZAddToCart = z.object({ skuId, quantity: z.number().int("Whole packs only").min(1, "At least 1").max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY}`).default(1) });
export const ZSetQuantity = z.object({ skuId, quantity: z.number().int("Whole packs only").min(0, "Cannot be negative").max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY}`) });
export const ZRemoveLine = z.object({ skuId });
