"use client";
// The lot page body: facts, balances per location (with adjust/transfer), reservations,
// lab results and the handling timeline with temperatures against the SKU's band.
import { useState, type ReactNode } from "react";
import { useHubDateTime } from "@/components/providers/hub-time";
import { Badge, Button, Card, CardBody, CardDescription, CardHeader, CardTitle, EmptyState, StatusBadge, TableHead } from "@/components/ui";
import type { LotDetail } from "@/server/inventory/queries";
import { AdjustDialog } from "./adjust-dialog";
import type { AdjustTarget } from "./adjustment-form";
import { expiryClass, expiryWords, formatCount, formatDay, GRADE_LABELS } from "./labels";
import { TransferDialog, type TransferPrefill } from "./transfer-dialog";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-ink-muted">{label}</dt>
      <dd className="text-sm text-ink">{children}</dd>
    </div>
  );
}

// Header cells of the lot tables: tight, semibold, never wrapping.
const th = "px-3 py-1.5 font-semibold whitespace-nowrap";
const td = "border-t border-line px-3 py-1.5";

export function LotFacts({ detail }: { detail: LotDetail }) {
  const dateTime = useHubDateTime();
  const { lot, sku, product, farm, cluster } = detail;
  return (
    <Card>
      <CardBody>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-4">
          <Fact label="Product">{product.name} · {sku.name}</Fact>
          <Fact label="SKU">
            <span className="font-mono text-xs">{sku.code}</span>
          </Fact>
          <Fact label="Farm">{farm.name}</Fact>
          <Fact label="Cluster">{cluster.name}</Fact>
          <Fact label="Grade">{GRADE_LABELS[lot.grade] ?? lot.grade}</Fact>
          <Fact label="Harvested">{dateTime(lot.harvestedAt)}</Fact>
          <Fact label="Best before">
            {formatDay(lot.bestBefore)} · <span className={expiryClass(lot.daysToExpiry)}>{expiryWords(lot.daysToExpiry)}</span>
          </Fact>
          <Fact label="Received">
            {formatCount(lot.receivedQuantity)} at {lot.receivedAt.name}
          </Fact>
          <Fact label="Storage band">
            {sku.storageTempMinC} – {sku.storageTempMaxC} °C
          </Fact>
          <Fact label="Category">{product.categoryName}</Fact>
        </dl>
      </CardBody>
    </Card>
  );
}

export function LotBalances({ detail, canOperate }: { detail: LotDetail; canOperate: boolean }) {
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const [transferring, setTransferring] = useState<TransferPrefill | null>(null);
  const label = `${detail.lot.code} · ${detail.sku.code} ${detail.product.name}`;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Balances per location</CardTitle>
        <CardDescription>Available = on hand − reserved.</CardDescription>
      </CardHeader>
      {detail.balances.length === 0 ? (
        <EmptyState compact title="This lot is not held anywhere." />
      ) : (
        <table className="w-full text-[13px]">
          <caption className="sr-only">Balances of lot {detail.lot.code}</caption>
          <TableHead look="plain" cellClassName={th} columns={["Location", { label: "On hand", numeric: true }, { label: "Reserved", numeric: true }, { label: "Available", numeric: true }, canOperate && { label: "Actions", srOnly: true }]} />
          <tbody>
            {detail.balances.map((b) => (
              <tr key={b.id}>
                <td className={td}>
                  <span className="font-mono text-xs">{b.location.code}</span> {b.location.name}
                </td>
                <td className={`${td} text-right tabular-nums`}>{formatCount(b.onHand)}</td>
                <td className={`${td} text-right tabular-nums`}>{formatCount(b.reserved)}</td>
                <td className={`${td} text-right font-semibold tabular-nums`}>{formatCount(b.available)}</td>
                {canOperate && (
                  <td className={`${td} text-right whitespace-nowrap`}>
                    <Button size="sm" variant="secondary" aria-label={`Adjust at ${b.location.code}`} onClick={() => setAdjusting({ locationId: b.location.id, lotId: detail.lot.id, label: `${label} at ${b.location.name}`, onHand: b.onHand, available: b.available })}>
                      Adjust
                    </Button>{" "}
                    <Button size="sm" variant="ghost" aria-label={`Transfer from ${b.location.code}`} disabled={b.available <= 0} onClick={() => setTransferring({ fromLocationId: b.location.id, lotId: detail.lot.id })}>
                      Transfer
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AdjustDialog target={adjusting} onClose={() => setAdjusting(null)} />
      <TransferDialog prefill={transferring} onClose={() => setTransferring(null)} />
    </Card>
  );
}

export function LotReservations({ detail }: { detail: LotDetail }) {
  const dateTime = useHubDateTime();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Reservations</CardTitle>
      </CardHeader>
      {detail.reservations.length === 0 ? (
        <EmptyState compact title="No reservations on this lot." />
      ) : (
        <table className="w-full text-[13px]">
          <caption className="sr-only">Reservations of lot {detail.lot.code}</caption>
          <TableHead look="plain" cellClassName={th} columns={["Reference", "Location", { label: "Units", numeric: true }, { label: "Picked", numeric: true }, "Status", "Since"]} />
          <tbody>
            {detail.reservations.map((r) => (
              <tr key={r.id}>
                <td className={`${td} font-mono text-xs`}>{r.reference}</td>
                <td className={td}>{r.location.name}</td>
                <td className={`${td} text-right tabular-nums`}>{formatCount(r.quantity)}</td>
                <td className={`${td} text-right tabular-nums`}>{formatCount(r.pickedQuantity)}</td>
                <td className={td}>
                  <StatusBadge status={r.status} map={{ ACTIVE: "info", PICKED: "warning", SHIPPED: "success", RELEASED: "neutral" }} />
                </td>
                <td className={td}>{dateTime(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

export function LotLabResults({ detail }: { detail: LotDetail }) {
  const dateTime = useHubDateTime();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Lab results</CardTitle>
      </CardHeader>
      {detail.labResults.length === 0 ? (
        <EmptyState compact title="No lab results recorded." />
      ) : (
        <table className="w-full text-[13px]">
          <caption className="sr-only">Lab results of lot {detail.lot.code}</caption>
          <TableHead look="plain" cellClassName={th} columns={["Analyte", { label: "Value", numeric: true }, { label: "Limit", numeric: true }, "Result", "Laboratory", "Sampled"]} />
          <tbody>
            {detail.labResults.map((r) => (
              <tr key={r.id}>
                <td className={td}>{r.analyte}</td>
                <td className={`${td} text-right tabular-nums`}>
                  {r.value} {r.unit}
                </td>
                <td className={`${td} text-right tabular-nums`}>
                  {r.limitValue} {r.unit}
                </td>
                <td className={td}>
                  <Badge tone={r.passed ? "success" : "danger"} dot>
                    {r.passed ? "Pass" : "Fail"}
                  </Badge>
                </td>
                <td className={td}>{r.laboratory}</td>
                <td className={td}>{dateTime(r.sampledAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

const CHECKPOINT_LABELS: Record<string, string> = { RECEIVED: "Received", GRADED: "Graded", COLD_STORE_IN: "Into cold store", COLD_STORE_OUT: "Out of cold store", LOADED: "Loaded", DELIVERED: "Delivered" };

export function LotTimeline({ detail }: { detail: LotDetail }) {
  const dateTime = useHubDateTime();
  const { storageTempMinC: min, storageTempMaxC: max } = detail.sku;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Handling timeline</CardTitle>
        <CardDescription>
          Temperatures against the SKU&apos;s band of {min} – {max} °C.
        </CardDescription>
      </CardHeader>
      {detail.checkpoints.length === 0 ? (
        <EmptyState compact title="No handling checkpoints recorded." />
      ) : (
        <ol className="space-y-0 px-4 py-3">
          {detail.checkpoints.map((c, i) => (
            <li key={c.id} className="relative flex gap-3 pb-4 last:pb-0">
              {i < detail.checkpoints.length - 1 && <span aria-hidden className="absolute top-4 left-[5px] h-full w-px bg-line" />}
              <span aria-hidden className={`mt-1.5 size-[11px] shrink-0 rounded-full ring-2 ring-surface ${c.withinBand === false ? "bg-danger" : "bg-furrow-600"}`} />
              <div className="min-w-0 text-sm">
                <p className="font-medium text-ink">
                  {CHECKPOINT_LABELS[c.kind] ?? c.kind}
                  {c.location && <span className="font-normal text-ink-muted"> · {c.location.name}</span>}
                </p>
                <p className="text-xs text-ink-muted">
                  {dateTime(c.recordedAt)}
                  {c.recordedBy && ` · ${c.recordedBy}`}
                </p>
                {c.temperatureC !== null && (
                  <p className="mt-0.5 flex items-center gap-2 text-xs">
                    <span className="tabular-nums">{c.temperatureC} °C</span>
                    {c.withinBand === false ? (
                      <Badge tone="danger" dot>
                        Outside {min} – {max} °C
                      </Badge>
                    ) : (
                      <Badge tone="success" dot>
                        Within band
                      </Badge>
                    )}
                  </p>
                )}
                {c.note && <p className="mt-0.5 text-xs text-ink">{c.note}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
