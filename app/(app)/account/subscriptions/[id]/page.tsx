import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { SubscriptionManager } from "@/components/subscriptions/subscription-manager";

export const metadata: Metadata = { title: "Subscription" };

type Props = { params: Promise<{ id: string }> };

/** One subscription: upcoming weeks (skip / un-skip), items (swap), pause, delivery day, cancel. */
export default async function SubscriptionPage({ params }: Props) {
  await requirePermission("account:own");
  const { id } = await params;
  return <SubscriptionManager id={id} />;
}
