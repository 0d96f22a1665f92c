import { SearchX } from "lucide-react";
import { EmptyState, LinkButton } from "@/components/ui";

export default function ProductNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="sr-only">Product not found</h1>
      <EmptyState icon={<SearchX />} title="This product is not in the shop" text="It may have been renamed or is no longer sold." action={<LinkButton href="/shop">Browse all produce</LinkButton>} />
    </div>
  );
}
