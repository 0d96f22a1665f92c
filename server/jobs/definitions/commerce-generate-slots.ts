// commerce.generate-slots: every night, keep four weeks of delivery slots open for booking in every
// hub, generated from the zones' weekly windows (idempotent: existing slots are left alone).
import { z } from "zod";
import { ensureSlots } from "../../commerce/delivery";
import { defineJob } from "../define";

export const commerceGenerateSlotsJob = defineJob({
  id: "commerce.generate-slots",
  description: "Creates the delivery slots of the next 4 weeks from each zone's weekly windows, in every hub.",
  trigger: { cron: "0 4 * * *", timezone: "Europe/Amsterdam" },
  payload: z.object({}),
  retries: 2,
  singleton: true,
  handler: async ({ step, db }) => {
    const hubs = await step.run("list-hubs", () => db.hub.findMany({ select: { id: true }, orderBy: { id: "asc" } }));
    let created = 0;
    for (const hub of hubs) created += await step.run(`ensure-slots-${hub.id}`, () => ensureSlots(db, { hubId: hub.id, from: new Date(), weeks: 4 }));
    return { hubs: hubs.length, created };
  },
});
