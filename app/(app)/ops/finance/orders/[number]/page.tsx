import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { CreditButton } from "@/components/finance/credit-dialog";
import { MoneyTrailView } from "@/components/finance/money-trail";
import { PageHeader } from "@/components/ui";
import { isDomainError } from "@/lib/errors";
import { can } from "@/lib/rbac";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Money trail ${(await params).number}` };
}

/** Everything money about one order: payments, receipts, refunds, credits, journal entries. */
export default async function MoneyTrailPage({ params }: Props) {
  const actor = await requirePermission("finance:read");
  const { number } = await params;
  const trail = await (await getCaller()).finance.moneyTrail({ number: decodeURIComponent(number) }).catch((error: unknown) => {
    if (isDomainError(error) || (error as { code?: string }).code === "NOT_FOUND") return null;
    throw error;
  });
  if (!trail) notFound();
  return (
    <div className="space-y-4">
      <PageHeader
        title={`Money trail · ${trail.order.number}`}
        description="Payments, receipts, refunds, credits and every journal entry of this order."
        breadcrumbs={[{ label: "Finance", href: "/ops/finance" }, { label: "Payments", href: "/ops/finance/payments" }, { label: trail.order.number }]}
        actions={can(actor.role, "finance:operate") && trail.customerUserId ? <CreditButton userId={trail.customerUserId} orderId={trail.order.id} orderNumber={trail.order.number} currency={trail.order.currency} /> : undefined}
      />
      <MoneyTrailView trail={trail} timeZone={actor.hubTimeZone} />
    </div>
  );
}
