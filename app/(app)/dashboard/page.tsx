import type { Metadata } from "next";
import Link from "next/link";
import { getCaller, requireActor } from "@/app/_lib/session";
import { PortalIcon } from "@/components/shell/portal-icon";
import { Card, CardBody, KpiCard, PageHeader } from "@/components/ui";
import { navigationFor } from "@/lib/portals";
import { can, ROLE_LABELS } from "@/lib/rbac";

export const metadata: Metadata = { title: "Dashboard" };

const nf = new Intl.NumberFormat("en-GB");

/** Landing per role: where this role works, and for staff the hub at a glance. */
export default async function DashboardPage() {
  const actor = await requireActor();
  const caller = await getCaller();
  const me = await caller.identity.me();
  const active = me.memberships.find((m) => m.id === actor.membershipId);
  const summary = can(actor.role, "organisations:read") ? await caller.identity.organisations.summary() : null;
  const portals = navigationFor(actor.role);
  // Farms, shops, retailers and carriers see their own team; operator staff see the hub instead.
  const team = actor.organisationId && !summary ? await caller.identity.organisations.team({}) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Welcome, ${actor.name.split(" ")[0]}`}
        description={`${ROLE_LABELS[actor.role]} · ${active?.hubName ?? ""}${active?.organisationName ? ` · ${active.organisationName}` : ""}`}
      />
      {summary && (
        <section aria-label="Hub at a glance" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <KpiCard label="Farm clusters" value={nf.format(summary.clusters)} />
          <KpiCard label="Family farms" value={nf.format(summary.farms)} />
          <KpiCard label="Growing area" value={nf.format(Math.round(summary.growingAreaM2 / 1000) / 10)} unit="ha" />
          <KpiCard label="Retailers" value={nf.format(summary.retailers)} />
          <KpiCard label="Households" value={nf.format(summary.households)} />
          <KpiCard label="Vehicles" value={nf.format(summary.vehicles)} />
        </section>
      )}
      {team?.organisation && (
        <Card>
          <CardBody>
            <h2 className="text-sm font-semibold">
              {team.organisation.name} <span className="font-normal text-ink-muted">· {team.organisation.kind.toLowerCase()} {team.organisation.code}</span>
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2 text-sm">
              {team.members.map((m) => (
                <li key={m.membershipId} className="rounded-md bg-subtle px-2 py-1">
                  {m.name} <span className="text-ink-muted">({ROLE_LABELS[m.role]})</span>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
      <section aria-label="Your workspaces" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {portals.flatMap((portal) =>
          portal.items.map((item) => (
            <Link key={item.href} href={item.href} className="group rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-furrow-500">
              <Card className="h-full transition group-hover:border-furrow-300 group-hover:shadow-sm">
                <CardBody className="flex items-start gap-3">
                  <PortalIcon name={portal.icon} className="mt-0.5 h-5 w-5 text-furrow-700" />
                  <div>
                    <p className="text-xs font-medium uppercase tracking-wide text-ink-subtle">{portal.label}</p>
                    <p className="font-medium">{item.label}</p>
                  </div>
                </CardBody>
              </Card>
            </Link>
          )),
        )}
      </section>
    </div>
  );
}
