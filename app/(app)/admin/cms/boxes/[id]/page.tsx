import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { BoxTemplateEditor } from "@/components/subscriptions/box-template-editor";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Edit box" };

type Props = { params: Promise<{ id: string }> };

/** Create ("new") or edit one box template. */
export default async function BoxTemplatePage({ params }: Props) {
  const actor = await requirePermission("boxes:manage");
  const { id } = await params;
  const initial = id === "new" ? null : await (await getCaller()).subscriptions.templates.get({ id });
  return (
    <div className="space-y-4">
      <PageHeader breadcrumbs={[{ label: "Subscription boxes", href: "/admin/cms/boxes" }, { label: initial?.name ?? "New box" }]} title={initial ? `Edit ${initial.name}` : "New box"} />
      <BoxTemplateEditor initial={initial} currency={actor.hubCurrency} />
    </div>
  );
}
