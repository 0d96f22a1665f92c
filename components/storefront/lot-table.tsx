import type { ProvenanceLot } from "@/server/catalog/storefront/schema";
import { TableHead } from "@/components/ui";
import { formatCalendarDate, formatDay, GRADE_LABELS, isoDateTime } from "./format";

/** The further current lots in brief (one row each); their full stories are one link away. */
export function LotTable({ lots, timeZone, caption }: { lots: ProvenanceLot[]; timeZone: string; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-xs">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead
          cellClassName="px-4 py-2"
          columns={["Farm", { label: "Cluster", className: "hidden md:table-cell" }, "Pack", "Harvested", { label: "Best before", className: "hidden sm:table-cell" }, { label: "Grade", className: "hidden sm:table-cell" }]}
        />
        <tbody className="divide-y divide-line">
          {lots.map((lot) => (
            <tr key={lot.code}>
              <th scope="row" className="px-4 py-2 text-left font-medium text-ink">{lot.farm.name}</th>
              <td className="hidden px-4 py-2 text-ink-muted md:table-cell">{lot.cluster.name}</td>
              <td className="px-4 py-2 text-ink-muted">{lot.skuName}</td>
              <td className="px-4 py-2 whitespace-nowrap"><time dateTime={isoDateTime(lot.harvestedAt)}>{formatDay(lot.harvestedAt, timeZone)}</time></td>
              <td className="hidden px-4 py-2 whitespace-nowrap text-ink-muted sm:table-cell">{formatCalendarDate(lot.bestBefore)}</td>
              <td className="hidden px-4 py-2 text-ink-muted sm:table-cell">{GRADE_LABELS[lot.grade]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
