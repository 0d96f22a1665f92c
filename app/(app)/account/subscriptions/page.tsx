import type { Metadata } from "next";
import Link from "next/link";
import { Package } from "lucide-react";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { CADENCE_LABELS, shortDate, SUBSCRIPTION_STATUS_TONES, windowLabel } from "@/components/subscriptions/labels";
import { Badge, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "My subscriptions" };

/** The household's subscriptions with their next delivery. */
export default async function SubscriptionsPage() {
  await requirePermission("account:own");
  const subs = await (await getCaller()).subscriptions.mine.list();
  return (
    <div className="space-y-4">
      <PageHeader title="My subscriptions" description="Skip a week, pause, swap items or change your delivery day until each order cutoff." actions={<LinkButton href="/shop/boxes">Browse boxes</LinkButton>} />
      {subs.length === 0 ? (
        <EmptyState icon={<Package />} title="No subscriptions yet" text="A veg box arrives every week or every two weeks; you stay in control of every delivery." action={<LinkButton href="/shop/boxes">See our boxes</LinkButton>} />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {subs.map((s) => (
            <li key={s.id} className="relative flex flex-col gap-1 rounded-xl border border-line bg-surface p-4 shadow-xs focus-within:ring-2 focus-within:ring-ring">
              <div className="flex items-start justify-between gap-2">
                <h2 className="font-semibold text-ink">
                  <Link href={`/account/subscriptions/${s.id}`} className="outline-none after:absolute after:inset-0">
                    {s.name}
                  </Link>
                </h2>
                <Badge tone={SUBSCRIPTION_STATUS_TONES[s.status]} dot>
                  {s.status === "PAUSED" && s.pausedUntil ? `Paused through ${shortDate(s.pausedUntil)}` : s.status.charAt(0) + s.status.slice(1).toLowerCase()}
                </Badge>
              </div>
              <p className="text-sm text-ink-muted">
                {CADENCE_LABELS[s.cadence]} · {windowLabel(s.window)} · {formatMoney(s.priceMinor, s.currency)} per delivery
              </p>
              <p className="text-sm text-ink">{s.status === "CANCELLED" ? "Cancelled" : s.nextDeliveryDate ? `Next delivery ${shortDate(s.nextDeliveryDate)}` : "No delivery in the coming weeks"}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
