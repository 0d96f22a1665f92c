import { FileText } from "lucide-react";
import type { ProvenanceCertification } from "@/server/catalog/storefront/schema";
import { CertificationBadge } from "./certification-badge";
import { formatCalendarDate } from "./format";

/** The valid certificates of the farms and clusters behind the current lots. */
export function CertificationList({ certifications }: { certifications: ProvenanceCertification[] }) {
  if (certifications.length === 0) return <p className="text-sm text-ink-muted">The farms behind the current stock hold no certification we can show.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {certifications.map((c) => (
        <li key={c.id} className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4 shadow-xs">
          <div className="flex items-center justify-between gap-2">
            <CertificationBadge scheme={c.scheme} />
            <span className="text-xs text-ink-muted">{c.holder.kind === "CLUSTER" ? "Cluster" : "Farm"}</span>
          </div>
          <p className="font-medium text-ink">{c.holder.name}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-ink-muted">Issuer</dt>
            <dd className="text-ink">{c.issuer}</dd>
            <dt className="text-ink-muted">Number</dt>
            <dd className="font-mono text-xs text-ink">{c.number}</dd>
            <dt className="text-ink-muted">Valid to</dt>
            <dd className="text-ink">{formatCalendarDate(c.validTo)}</dd>
          </dl>
          {c.documentUrl && (
            <a href={c.documentUrl} className="inline-flex items-center gap-1 text-sm font-medium text-furrow-700 hover:underline" rel="noopener" target="_blank">
              <FileText aria-hidden className="size-4" /> View certificate<span className="sr-only"> of {c.holder.name} (opens in a new tab)</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
