import { CircleCheck, CircleX } from "lucide-react";
import { TableHead } from "@/components/ui";
import type { ProvenanceLabResult } from "@/server/catalog/storefront/schema";

const num = (n: number) => n.toLocaleString("en", { maximumSignificantDigits: 4 });

/** Lab results of a lot: analyte, measured value against the legal limit, pass or fail. */
export function LabResultsTable({ results, caption }: { results: ProvenanceLabResult[]; caption: string }) {
  if (results.length === 0) return <p className="text-sm text-ink-muted">No lab tests on this lot yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={["Analyte", "Result", { label: "Measured", numeric: true }, { label: "Legal limit", numeric: true }, { label: "Laboratory", className: "hidden sm:table-cell" }]} />
        <tbody className="divide-y divide-line">
          {results.map((r, i) => (
            <tr key={`${r.analyte}-${i}`}>
              <th scope="row" className="px-3 py-2 text-left font-medium text-ink">{r.analyte}</th>
              <td className="px-3 py-2">
                {r.passed ? (
                  <span className="inline-flex items-center gap-1 font-medium text-success-fg"><CircleCheck aria-hidden className="size-4" /> Pass</span>
                ) : (
                  <span className="inline-flex items-center gap-1 font-medium text-danger-fg"><CircleX aria-hidden className="size-4" /> Fail</span>
                )}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{num(r.value)} {r.unit}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap text-ink-muted tabular-nums">{num(r.limitValue)} {r.unit}</td>
              <td className="hidden px-3 py-2 text-ink-muted sm:table-cell">{r.laboratory}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
