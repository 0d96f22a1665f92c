// inventory.expiry-scan: every morning, flag lots close to best-before so they are sold, moved to a
// shop with a discount, or written off before they spoil.
import { z } from "zod";
import { scanExpiringLots } from "../../inventory/service/expiry";
import { defineJob } from "../define";

export const inventoryExpiryScanJob = defineJob({
  id: "inventory.expiry-scan",
  description: "Opens EXPIRY alerts for lots within two days of best-before; closes alerts of lots with no stock left.",
  trigger: { cron: "0 5 * * *", timezone: "Europe/Amsterdam" },
  payload: z.object({}),
  retries: 2,
  singleton: true,
  handler: async ({ step, db }) => step.run("scan-expiring-lots", () => scanExpiringLots(db)),
});
