// Address book inputs. Dutch postcodes ("1234 AB") are normalised to that form.
import { z } from "zod";

const POSTCODE = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/;

/** "1234ab" / "1234 AB " -> "1234 AB"; null when not a Dutch postcode. */
export function dutchPostcode(value: string): string | null {
  const m = POSTCODE.exec(value);
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : null;
}

export const ZAddressInput = z.object({
  label: z.string().trim().max(40, "Keep the label under 40 characters").optional().default(""),
  line1: z.string().trim().min(3, "Enter the street and house number").max(120, "Too long"),
  line2: z.string().trim().max(120, "Too long").optional().default(""),
  city: z.string().trim().min(2, "Enter the town or city").max(80, "Too long"),
  postcode: z.string().trim().min(1, "Enter the postcode").refine((v) => dutchPostcode(v) !== null, "Enter a Dutch postcode like 1234 AB"),
  country: z.literal("NL", { error: "We deliver in the Netherlands only" }).default("NL"),
  isDefault: z.boolean().default(false),
});
export type TAddressInput = z.input<typeof ZAddressInput>;

export const ZAddressUpdate = ZAddressInput.extend({ addressId: z.string().trim().min(1).max(64) });
export const ZAddressRef = z.object({ addressId: z.string().trim().min(1).max(64) });
