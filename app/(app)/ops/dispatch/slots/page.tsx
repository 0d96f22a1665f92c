import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { SlotBoard } from "@/components/delivery/slot-board";
import { LinkButton, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Delivery slots" };

/** Dispatch: slot capacity and bookings per day and zone. */
export default async function SlotsPage() {
  const actor = await requirePermission("delivery:configure");
  return (
    <div className="space-y-4">
      <PageHeader title="Delivery slots" description="Places booked per slot. Capacity can be raised, or lowered down to what is already booked." actions={<LinkButton variant="secondary" href="/ops/dispatch/zones">Zones & windows</LinkButton>} />
      <SlotBoard timeZone={actor.hubTimeZone} />
    </div>
  );
}
