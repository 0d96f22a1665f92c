import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { JobsPage } from "@/components/jobs/jobs-page";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Jobs & events" };

export default async function AdminJobsPage() {
  const actor = await requirePermission("jobs:read");
  return <JobsPage canRun={can(actor.role, "jobs:run")} />;
}
