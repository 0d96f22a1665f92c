// Planner edits of grower contracts (price, season, weekly band) and transport costs per lane.
// One active contract per cluster and SKU at any week: creating or re-activating one whose season
// overlaps another is refused, under an advisory lock on (cluster, SKU) so two edits cannot both pass.
import { randomUUID } from "node:crypto";
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { emitEvent } from "../events/outbox";
import { recordAudit } from "../identity/audit";
import { findCluster } from "./capacity";
import { SUPPLY_EVENTS } from "./events";
import { contractProblems, seasonsOverlap, type ContractTerms } from "./rules";
import { ZCreateContractInput, ZSetTransportCostInput, ZUpdateContractInput } from "./schema";

export type ContractDto = ContractTerms & { contractId: string; clusterId: string; skuId: string; active: boolean };

const SELECT = { id: true, clusterId: true, skuId: true, seasonStartWeek: true, seasonEndWeek: true, unitPriceMinor: true, minWeeklyUnits: true, maxWeeklyUnits: true, active: true } as const;
type Row = { id: string; clusterId: string; skuId: string; active: boolean } & ContractTerms;
const dto = ({ id, ...r }: Row): ContractDto => ({ contractId: id, ...r });

function assertTerms(terms: ContractTerms): void {
  const problems = contractProblems(terms);
  if (Object.keys(problems).length > 0) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: problems });
}

/** Refuses a season overlapping another active contract of the same cluster and SKU. */
async function assertNoOverlap(tx: Tx, hubId: string, c: { clusterId: string; skuId: string; exceptId?: string } & ContractTerms): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`supply-contract:${c.clusterId}:${c.skuId}`}))`;
  const others = await tx.growerContract.findMany({
    where: { hubId, clusterId: c.clusterId, skuId: c.skuId, active: true, ...(c.exceptId ? { id: { not: c.exceptId } } : {}) },
    select: { seasonStartWeek: true, seasonEndWeek: true },
  });
  const clash = others.find((o) => seasonsOverlap(o, c));
  if (clash) {
    const message = `Overlaps the active contract for ${clash.seasonStartWeek} to ${clash.seasonEndWeek}; end that one first.`;
    throw new DomainError("CONFLICT", message, { fieldErrors: { seasonStartWeek: [message] } });
  }
}

async function assertSku(tx: Tx, hubId: string, skuId: string): Promise<void> {
  const sku = await tx.sku.findFirst({ where: { id: skuId, hubId }, select: { id: true } });
  if (!sku) throw new DomainError("VALIDATION", "Unknown SKU.", { fieldErrors: { skuId: ["Unknown SKU"] } });
}

/** Creates a contract for a cluster and SKU over a season. */
export async function createContract(ctx: ServiceContext, raw: unknown): Promise<ContractDto> {
  const input = parseOrThrow(ZCreateContractInput, raw);
  assertTerms(input);
  const { hubId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    await findCluster(tx, hubId, input.clusterId);
    await assertSku(tx, hubId, input.skuId);
    await assertNoOverlap(tx, hubId, input);
    const row = await tx.growerContract.create({ data: { hubId, ...input, createdAt: ctx.now() }, select: SELECT });
    await afterChange(tx, ctx, row, "created");
    return dto(row);
  });
}

/** Changes a contract's season, price or band, or (de)activates it. */
export async function updateContract(ctx: ServiceContext, raw: unknown): Promise<ContractDto> {
  const { contractId, active, ...terms } = parseOrThrow(ZUpdateContractInput, raw);
  assertTerms(terms);
  const { hubId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const current = await tx.growerContract.findFirst({ where: { id: contractId, hubId }, select: SELECT });
    if (!current) throw new DomainError("NOT_FOUND", "Contract not found.");
    if (active) await assertNoOverlap(tx, hubId, { clusterId: current.clusterId, skuId: current.skuId, exceptId: current.id, ...terms });
    const row = await tx.growerContract.update({ where: { id: current.id }, data: { ...terms, active }, select: SELECT });
    await afterChange(tx, ctx, row, "updated", current);
    return dto(row);
  });
}

async function afterChange(tx: Tx, ctx: ServiceContext, row: Row, action: "created" | "updated", before?: Row) {
  const { hubId, userId } = ctx.actor;
  // Every committed edit is its own event (the row has no version to key on).
  await emitEvent(tx, { name: SUPPLY_EVENTS.contractChanged, hubId, key: `${row.id}:${randomUUID()}`, payload: { hubId, contractId: row.id, clusterId: row.clusterId, skuId: row.skuId } });
  await recordAudit(tx, { hubId, actorUserId: userId, action: `supply.contract.${action}`, targetType: "GrowerContract", targetId: row.id, data: { before: before ? dto(before) : null, after: dto(row) }, ip: ctx.ip ?? null });
}

/** Sets the per-kg cost of a cluster -> zone lane (creates the lane when new). */
export async function setTransportCost(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZSetTransportCostInput, raw);
  const { hubId, userId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    await findCluster(tx, hubId, input.clusterId);
    const zone = await tx.deliveryZone.findFirst({ where: { id: input.zoneId, hubId }, select: { id: true } });
    if (!zone) throw new DomainError("VALIDATION", "Unknown delivery zone.", { fieldErrors: { zoneId: ["Unknown delivery zone"] } });
    const before = await tx.transportCost.findUnique({ where: { clusterId_zoneId: { clusterId: input.clusterId, zoneId: input.zoneId } }, select: { perKgMinor: true } });
    const row = await tx.transportCost.upsert({
      where: { clusterId_zoneId: { clusterId: input.clusterId, zoneId: input.zoneId } },
      create: { hubId, ...input },
      update: { perKgMinor: input.perKgMinor },
      select: { clusterId: true, zoneId: true, perKgMinor: true },
    });
    if (before?.perKgMinor !== row.perKgMinor) {
      await emitEvent(tx, { name: SUPPLY_EVENTS.transportCostChanged, hubId, key: `${row.clusterId}:${row.zoneId}:${randomUUID()}`, payload: { hubId, ...row } });
      await recordAudit(tx, { hubId, actorUserId: userId, action: "supply.transport-cost.set", targetType: "TransportCost", targetId: `${row.clusterId}:${row.zoneId}`, data: { before: before?.perKgMinor ?? null, after: row.perKgMinor }, ip: ctx.ip ?? null });
    }
    return row;
  });
}
