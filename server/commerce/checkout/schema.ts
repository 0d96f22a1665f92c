// Inputs of the checkout procedures.
import { z } from "zod";

const id = z.string().min(1).max(64);

export const ZNewAddress = z.object({
  name: z.string().trim().min(2, "Enter the name on the door").max(80),
  line1: z.string().trim().min(3, "Enter street and number").max(120),
  line2: z.string().trim().max(120).nullable().default(null),
  city: z.string().trim().min(2, "Enter a town or city").max(80),
  postcode: z.string().trim().min(4, "Enter a postcode").max(12).regex(/^[A-Za-z0-9 ]+$/, "Letters and digits only"),
  country: z.string().trim().length(2).default("NL"),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  save: z.boolean().default(true),
});

export const ZPlaceOrder = z
  .object({
    slotId: z.string({ error: "Choose a delivery slot" }).min(1, "Choose a delivery slot").max(64),
    addressId: id.nullable().default(null),
    address: ZNewAddress.nullable().default(null),
    paymentMethod: z.enum(["CARD", "PAY_ON_DELIVERY"], { error: "Choose how to pay" }),
    discountCode: z.string().trim().max(32).nullable().default(null),
    notes: z.string().trim().max(500).default(""),
  })
  .refine((v) => v.addressId !== null || v.address !== null, { path: ["addressId"], message: "Choose or enter a delivery address" });
export type TPlaceOrder = z.infer<typeof ZPlaceOrder>;

export const ZCheckoutPreview = z.object({
  postcode: z.string().trim().max(12).nullable().default(null),
  addressId: id.nullable().default(null),
  slotId: id.nullable().default(null),
  discountCode: z.string().trim().max(32).nullable().default(null),
});

export const ZOrderNumber = z.object({ number: z.string().trim().min(3).max(20) });
