import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { PortalPlaceholder } from "@/components/shell/portal-placeholder";

export const metadata: Metadata = { title: "Developers" };

export default async function DevPage() {
  await requirePermission("dev:portal");
  return <PortalPlaceholder title="Developers" description="API keys, webhooks, the event explorer and OpenAPI." issue="a later issue" coming={["API keys scoped to an organisation", "Webhooks to integrators with delivery logs", "Event explorer and OpenAPI reference"]} />;
}
