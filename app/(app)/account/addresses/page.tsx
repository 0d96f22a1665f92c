import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { AddressBook } from "@/components/account/address-book";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Addresses" };

/** The customer's delivery addresses. */
export default async function AddressesPage() {
  await requirePermission("account:own");
  return (
    <div className="space-y-4">
      <PageHeader title="Addresses" breadcrumbs={[{ label: "My account", href: "/account" }, { label: "Addresses" }]} description="Where we deliver. Orders already placed keep the address they were placed with." />
      <AddressBook />
    </div>
  );
}
