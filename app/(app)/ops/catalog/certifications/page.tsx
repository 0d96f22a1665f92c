import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { CertificationsTable } from "@/components/catalog/certifications-table";
import { CERTIFICATION_TABLE_DEFAULTS } from "@/components/catalog/table-defaults";
import { parseTableState } from "@/components/data-table/state";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Certifications" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Certificates held by the hub's farms and clusters, with their validity and documents. */
export default async function CertificationsPage({ searchParams }: Props) {
  await requirePermission("catalog:manage");
  const state = parseTableState(await searchParams, CERTIFICATION_TABLE_DEFAULTS);
  const data = await (await getCaller()).catalog.certifications.list(state);
  return (
    <div className="space-y-4">
      <PageHeader title="Certifications" description="Organic and other certificates of farms and clusters. Documents open through links that expire after 10 minutes." />
      <CertificationsTable rows={data.rows} total={data.total} />
    </div>
  );
}
