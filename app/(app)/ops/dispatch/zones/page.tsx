import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { ZonesConfig } from "@/components/delivery/zones-config";
import { LinkButton, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Delivery zones" };

/** Dispatch: delivery zones, their weekly windows and fee ladders. */
export default async function ZonesPage() {
  await requirePermission("delivery:configure");
  return (
    <div className="space-y-4">
      <PageHeader title="Delivery zones" description="Which postcodes each zone serves, when orders close, the weekly windows slots are generated from, and the delivery fees." actions={<LinkButton variant="secondary" href="/ops/dispatch/slots">Slots</LinkButton>} />
      <ZonesConfig />
    </div>
  );
}
