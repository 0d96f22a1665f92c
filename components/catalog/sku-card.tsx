"use client";
// One SKU in the product editor: its pack facts, prices (with status) and ranked substitutes.
import { CalendarClock, Pencil, Plus, Replace } from "lucide-react";
import { useHubDateTime } from "@/components/providers/hub-time";
import { Badge, Button, Card, CardBody, CardHeader, CardTitle } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { formatPack } from "@/lib/units";
import type { SkuDetail } from "@/server/catalog/product-detail";
import { CHANNEL_LABELS } from "./labels";
import type { PriceDialogState } from "./price-dialog";

type Props = {
  sku: SkuDetail;
  onEdit: () => void;
  onToggleActive: () => void;
  toggling: boolean;
  onPrice: (state: PriceDialogState) => void;
  onSubstitutes: () => void;
};

const PRICE_TONES = { CURRENT: "success", SCHEDULED: "info", ENDED: "neutral" } as const;

export function SkuCard({ sku, onEdit, onToggleActive, toggling, onPrice, onSubstitutes }: Props) {
  const dateTime = useHubDateTime();
  const facts = [
    `${formatPack(sku.packQuantity, sku.packUnit)} · ${sku.packaging}`,
    `${sku.grossWeightG.toLocaleString("en")} g gross`,
    `${sku.volumeMl.toLocaleString("en")} ml`,
    `${sku.shelfLifeDays} days shelf life`,
    `${sku.storageTempMinC} to ${sku.storageTempMaxC} °C`,
    `low stock below ${sku.lowStockThreshold}`,
  ];
  return (
    <Card aria-labelledby={`sku-${sku.id}`}>
      <CardHeader
        actions={
          <>
            <Button size="sm" variant="secondary" icon={<Pencil aria-hidden />} onClick={onEdit} aria-label={`Edit SKU ${sku.code}`}>
              Edit
            </Button>
            <Button size="sm" variant="ghost" loading={toggling} onClick={onToggleActive}>
              {sku.active ? "Deactivate" : "Activate"}
            </Button>
          </>
        }
      >
        <CardTitle as="h3" id={`sku-${sku.id}`} className="flex flex-wrap items-center gap-2">
          <span className="font-mono">{sku.code}</span>
          <span className="font-normal text-ink-muted">{sku.name}</span>
          {!sku.active && <Badge>Inactive</Badge>}
        </CardTitle>
        <p className="mt-1 text-xs text-ink-muted">{facts.join(" · ")}</p>
      </CardHeader>
      <CardBody className="space-y-4">
        <section aria-label={`Prices of ${sku.code}`}>
          <div className="mb-2 flex items-center justify-between gap-2">
            <h4 className="text-[13px] font-semibold">Prices</h4>
            <Button size="sm" variant="secondary" icon={<Plus aria-hidden />} onClick={() => onPrice({ mode: "add", skuId: sku.id, skuCode: sku.code })}>
              Add price
            </Button>
          </div>
          {sku.prices.length === 0 ? (
            <p className="text-ink-muted">No prices yet: the SKU cannot be sold.</p>
          ) : (
            <table className="w-full text-[13px]">
              <caption className="sr-only">Prices of {sku.code}</caption>
              <thead className="text-left text-xs text-ink-muted">
                <tr>
                  <th className="py-1 pr-3 font-medium">Channel</th>
                  <th className="py-1 pr-3 text-right font-medium">From qty</th>
                  <th className="py-1 pr-3 text-right font-medium">Price</th>
                  <th className="py-1 pr-3 font-medium">Valid from</th>
                  <th className="py-1 pr-3 font-medium">Valid to</th>
                  <th className="py-1 pr-3 font-medium">Status</th>
                  <th className="py-1">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {sku.prices.map((p) => (
                  <tr key={p.id}>
                    <td className="py-1.5 pr-3">{CHANNEL_LABELS[p.channel]}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{p.minQuantity}</td>
                    <td className="py-1.5 pr-3 text-right font-medium tabular-nums">{formatMoney(p.amountMinor, p.currency)}</td>
                    <td className="py-1.5 pr-3">{dateTime(p.validFrom)}</td>
                    <td className="py-1.5 pr-3">{p.validTo ? dateTime(p.validTo) : "open-ended"}</td>
                    <td className="py-1.5 pr-3">
                      <Badge tone={PRICE_TONES[p.status]} dot>
                        {p.status === "CURRENT" ? "Current" : p.status === "SCHEDULED" ? "Scheduled" : "Ended"}
                      </Badge>
                    </td>
                    <td className="py-1.5 text-right">
                      {p.validTo === null && p.status === "CURRENT" && (
                        <Button size="sm" variant="ghost" icon={<CalendarClock aria-hidden />} onClick={() => onPrice({ mode: "schedule", skuId: sku.id, skuCode: sku.code, channel: p.channel, minQuantity: p.minQuantity })}>
                          Schedule change
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-label={`Substitutes for ${sku.code}`}>
          <div className="mb-2 flex items-center justify-between gap-2">
            <h4 className="text-[13px] font-semibold">Substitutes</h4>
            <Button size="sm" variant="secondary" icon={<Replace aria-hidden />} onClick={onSubstitutes} aria-label={`Edit substitutes for ${sku.code}`}>
              Edit substitutes
            </Button>
          </div>
          {sku.substitutes.length === 0 ? (
            <p className="text-ink-muted">None.</p>
          ) : (
            <ol className="flex flex-wrap gap-2">
              {sku.substitutes.map((s) => (
                <li key={s.skuId}>
                  <Badge tone={s.active ? "info" : "neutral"}>
                    {s.rank}. {s.code} · {s.productName}
                  </Badge>
                </li>
              ))}
            </ol>
          )}
        </section>
      </CardBody>
    </Card>
  );
}
