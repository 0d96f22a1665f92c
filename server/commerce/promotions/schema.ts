// Inputs of the promotions procedures.
import { z } from "zod";
import { ZTableQuery } from "@/lib/paging";

export const ZDiscountCodeInput = z
  .object({
    id: z.string().min(1).max(64).optional(),
    code: z.string().trim().min(3, "At least 3 characters").max(32).regex(/^[A-Za-z0-9-]+$/, "Letters, digits and hyphens only"),
    description: z.string().trim().max(200).default(""),
    kind: z.enum(["PERCENT", "FIXED", "FREE_DELIVERY"]),
    percentBasisPoints: z.number().int().min(1, "Between 0.01 and 100 %").max(10_000, "Between 0.01 and 100 %").nullable().default(null),
    amountMinor: z.number().int().min(1, "Enter an amount").max(100_000_00).nullable().default(null),
    minimumSubtotalMinor: z.number().int().min(0).max(100_000_00).default(0),
    validFrom: z.coerce.date(),
    validTo: z.coerce.date().nullable().default(null),
    usageLimit: z.number().int().min(1, "At least 1").max(10_000_000).nullable().default(null),
    perCustomerLimit: z.number().int().min(1, "At least 1").max(1000).nullable().default(1),
    firstOrderOnly: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "PERCENT" && v.percentBasisPoints === null) ctx.addIssue({ code: "custom", path: ["percentBasisPoints"], message: "Enter a percentage" });
    if (v.kind === "FIXED" && v.amountMinor === null) ctx.addIssue({ code: "custom", path: ["amountMinor"], message: "Enter an amount" });
    if (v.validTo && v.validTo <= v.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: "Must be after the start" });
  });
export type TDiscountCodeInput = z.infer<typeof ZDiscountCodeInput>;

export const ZDiscountList = ZTableQuery;
export const ZCheckCode = z.object({ code: z.string().trim().min(1, "Enter a code").max(32), subtotalMinor: z.number().int().min(0).max(100_000_00) });
