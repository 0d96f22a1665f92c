// commerce.confirm-at-cutoff: every 15 minutes, placed orders whose cutoff has passed become
// confirmed (the customer can no longer change them; picking and pooling may rely on them).
import { z } from "zod";
import { confirmOrdersAtCutoff } from "@/server/commerce/orders";
import { defineJob } from "../define";

export const confirmAtCutoffJob = defineJob({
  id: "commerce.confirm-at-cutoff",
  description: "Confirms placed orders whose cutoff has passed (as the system); idempotent.",
  trigger: { cron: "*/15 * * * *" },
  payload: z.object({}),
  retries: 2,
  singleton: true,
  handler: async ({ step, db }) => step.run("confirm-orders", () => confirmOrdersAtCutoff(db, new Date())),
});
