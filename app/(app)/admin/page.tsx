import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/app/_lib/session";
import { Card, CardBody, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Administration" };

const SECTIONS = [
  { href: "/admin/users", title: "Users & roles", text: "Invite people, grant and revoke roles, deactivate accounts." },
  { href: "/admin/audit", title: "Audit log", text: "Sign-ins, invitations and role changes, append-only." },
  { href: "/admin/jobs", title: "Jobs & events", text: "Schedules, recent runs, outbox backlog and dead letters." },
];

export default async function AdminPage() {
  await requirePermission("admin:portal");
  return (
    <div className="space-y-6">
      <PageHeader title="Administration" description="People, access and the machinery of the hub. Master data screens arrive with their contexts." />
      <div className="grid gap-3 sm:grid-cols-3">
        {SECTIONS.map((s) => (
          <Link key={s.href} href={s.href} className="rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-furrow-500">
            <Card className="h-full hover:border-furrow-300">
              <CardBody>
                <h2 className="font-medium">{s.title}</h2>
                <p className="mt-1 text-sm text-ink-muted">{s.text}</p>
              </CardBody>
            </Card>
          </Link>
        ))}
      </div>
    </div>
  );
}
