// payments.cancel-unpaid: card orders left unpaid for an hour are cancelled through the orders state machine.
import { z } from "zod";
import { cancelUnpaidCardOrders } from "../../payments";
import { defineJob } from "../define";

export const paymentsCancelUnpaidJob = defineJob({
  id: "payments.cancel-unpaid",
  description: "Cancels card orders still awaiting payment an hour after they were placed (releasing slot, stock and discount).",
  trigger: { cron: "*/10 * * * *" },
  payload: z.object({}),
  retries: 2,
  singleton: true,
  handler: async ({ step, db }) => step.run("cancel-unpaid", () => cancelUnpaidCardOrders(db, new Date())),
});
