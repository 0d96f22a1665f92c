// Writes the demo hub's commerce: delivery zones, windows, fee rules and slots; discount codes and
// box templates; household subscriptions with their renewals; twelve weeks of household and retailer
// orders with timelines, payments and ledger entries; and the demo consumer's upcoming orders.
// Rows come from build/*; slot bookings and code usage are reconciled with the orders afterwards.
import type { Role } from "@/generated/prisma/client";
import { ensureChartOfAccounts } from "@/server/ledger";
import { buildDiscountRows, boxInfo, buildBoxRows, type BoxInfo } from "./build/boxes";
import { buildZones, slotRow, slotWeeks, slotOf, windowRows, WINDOWS, zoneOfPostcode, type WindowRef } from "./build/delivery";
import { planRetailer, type RetailerRef } from "./build/b2b-orders";
import { planStorefront, planSubscription, subscriptionSpec, type HouseholdRef, type SubscriptionRows, type SubscriptionSpec } from "./build/household-orders";
import { planCtx, type OrderPlan, type PlanCtx, type ShipTo } from "./build/order-plan";
import { buildPriceBook } from "./build/pricing";
import { seedUpcomingOrders } from "./commerce-upcoming";
import { BOXES, DEMO_COMMERCE, windowId } from "./demo-commerce";
import { demoEmail } from "./demo-users";
import { buildHousehold } from "./households";
import { buyerId, HUB } from "./ids";
import type { Segment } from "./names";
import { buildRetailer } from "./retailers";
import { rngFor } from "./random";
import { put, type SeedCtx } from "./write";
import { writeOrders } from "./commerce-orders";

async function demoUserIds(ctx: SeedCtx, roles: Role[]): Promise<Record<string, string>> {
  const users = await ctx.db.user.findMany({ where: { email: { in: roles.map(demoEmail) } }, select: { id: true, email: true } });
  return Object.fromEntries(roles.map((r) => {
    const u = users.find((x) => x.email === demoEmail(r));
    if (!u) throw new Error(`seed: demo user ${demoEmail(r)} is missing (seed demo users first)`);
    return [r, u.id];
  }));
}

const zoneOf = (postcode: string, who: string) => {
  const zone = zoneOfPostcode(postcode);
  if (!zone) throw new Error(`seed: ${who} (${postcode}) is outside every delivery zone`);
  return zone;
};

type AddressRow = { id?: string; line1: string; line2?: string | null; city: string; postcode: string; country?: string; latitude: number; longitude: number };
const shipTo = (name: string, a: AddressRow): ShipTo => ({
  name, line1: a.line1, line2: a.line2 ?? null, city: a.city, postcode: a.postcode, country: a.country ?? "NL", latitude: a.latitude, longitude: a.longitude,
});

export async function seedCommerce(ctx: SeedCtx, scale: { households: number; retailers: number }): Promise<void> {
  const { hubId } = ctx;
  const zones = buildZones(hubId);
  await put(ctx, "deliveryZone", zones.zones);
  await put(ctx, "deliveryFeeRule", zones.feeRules);
  await put(ctx, "discountCode", buildDiscountRows(hubId));
  const book = buildPriceBook(hubId, HUB.currency);
  const boxes = boxInfo(book);
  const boxRows = buildBoxRows(hubId, boxes);
  await put(ctx, "boxTemplate", boxRows.templates);
  await put(ctx, "boxTemplateLine", boxRows.lines);
  await put(ctx, "boxSwapOption", boxRows.swaps);
  await ensureChartOfAccounts(ctx.db, hubId, HUB.currency);

  const ids = await demoUserIds(ctx, ["CONSUMER", "BUYER", "WAREHOUSE", "DISPATCHER", "DRIVER", "FINANCE"]);
  const plan = planCtx(hubId, ctx.reference, book);
  const subs: SubscriptionRows[] = [];
  const orders: OrderPlan[] = [];
  for (let n = 1; n <= scale.households; n++) planHousehold(plan, boxes, n, subs, orders);
  await planDemoConsumer(ctx, plan, boxes, ids.CONSUMER!, subs, orders);
  for (let n = 1; n <= scale.retailers; n++) orders.push(...planRetailer(plan, retailerRef(hubId, n, ids.BUYER!)));

  await put(ctx, "savedPaymentMethod", subs.flatMap((s) => (s.savedCard ? [s.savedCard] : [])));
  await put(ctx, "subscription", subs.map((s) => s.subscription));
  await put(ctx, "subscriptionLine", subs.flatMap((s) => s.lines));
  await put(ctx, "subscriptionSkip", subs.flatMap((s) => s.skips));
  await put(ctx, "subscriptionRenewal", subs.flatMap((s) => s.renewals));
  await writeOrders(ctx, orders, { warehouse: ids.WAREHOUSE!, dispatcher: ids.DISPATCHER!, driver: ids.DRIVER!, finance: ids.FINANCE! });
  await writeSlots(ctx, plan, orders);
  await seedUpcomingOrders(ctx, plan, ids.CONSUMER!);
  await reconcile(ctx);
}

function planHousehold(plan: PlanCtx, boxes: readonly BoxInfo[], n: number, subs: SubscriptionRows[], orders: OrderPlan[]): void {
  const built = buildHousehold(plan.hubId, n);
  const a = built.address;
  const h: HouseholdRef = {
    key: built.user.id!.slice("usr_household_".length), userId: built.user.id!, addressId: a.id!, shipTo: shipTo(built.user.name ?? "", a),
    zoneCode: zoneOf(a.postcode, `household ${n}`).code,
  };
  const spec = subscriptionSpec(plan, boxes, h, n);
  if (spec) {
    const s = planSubscription(plan, h, spec);
    subs.push(s.rows);
    orders.push(...s.orders);
  }
  orders.push(...planStorefront(plan, h, n, spec));
}

/** The demo consumer: a weekly Family veg box for the last ten weeks, plus the odd extra basket. */
async function planDemoConsumer(ctx: SeedCtx, plan: PlanCtx, boxes: readonly BoxInfo[], userId: string, subs: SubscriptionRows[], orders: OrderPlan[]) {
  const a = await ctx.db.address.findUniqueOrThrow({ where: { id: "adr_demo_consumer" } });
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
  const h: HouseholdRef = { key: "demo", userId, addressId: a.id, shipTo: shipTo(user.name ?? "", a), zoneCode: zoneOf(a.postcode, "the demo consumer").code };
  if (h.zoneCode !== DEMO_COMMERCE.zoneCode) throw new Error(`seed: the demo consumer lives in zone ${h.zoneCode}, expected ${DEMO_COMMERCE.zoneCode}`);
  const window = WINDOWS.find((w) => w.id === windowId(h.zoneCode, DEMO_COMMERCE.subscriptionWindow.weekday, DEMO_COMMERCE.subscriptionWindow.key))!;
  const spec: SubscriptionSpec = {
    id: DEMO_COMMERCE.subscriptionId, rng: rngFor("subscription", "demo"), box: boxes.find((b) => b.def.code === BOXES[0]!.code)!,
    cadence: "WEEKLY", window, anchorWeek: plan.weeks[2]!, status: "ACTIVE", card: false,
  };
  const s = planSubscription(plan, h, spec);
  subs.push(s.rows);
  orders.push(...s.orders, ...planStorefront(plan, h, 0, spec));
}

function retailerRef(hubId: string, n: number, demoBuyerId: string): RetailerRef {
  const { org, address } = buildRetailer(hubId, n);
  const zone = zoneOf(address.postcode, `retailer ${n}`);
  const attrs = org.attributes as { storeSize: "S" | "M" | "L"; segment: Segment };
  return {
    n, orgId: org.id!, addressId: address.id!, shipTo: shipTo(org.name, address), zoneCode: zone.code, weekdays: zone.weekdays,
    size: attrs.storeSize, segment: attrs.segment, placedByUserId: org.id === buyerId(1) ? demoBuyerId : null,
  };
}

/** Window capacity: the busiest week of history plus a quarter, in fives (at least 20 places). */
const capacityFor = (busiest: number) => Math.max(20, Math.ceil((busiest * 1.25) / 5) * 5);

async function writeSlots(ctx: SeedCtx, plan: PlanCtx, orders: readonly OrderPlan[]): Promise<void> {
  const booked = new Map<string, number>();
  for (const o of orders) if (o.fate !== "CANCELLED") booked.set(o.slot.id, (booked.get(o.slot.id) ?? 0) + 1);
  const weeks = slotWeeks(plan.refDay);
  const capacity = new Map<string, number>(WINDOWS.map((w: WindowRef) => [w.id, capacityFor(Math.max(0, ...weeks.map((wk) => booked.get(slotOf(w, wk).id) ?? 0)))]));
  await put(ctx, "deliveryWindow", windowRows(ctx.hubId, (w) => capacity.get(w.id)!));
  const created = new Date(plan.refDay.getTime() - (weeks.length + 1) * 7 * 86_400_000);
  await put(ctx, "deliverySlot", WINDOWS.flatMap((w) => weeks.map((wk) => slotRow(ctx.hubId, slotOf(w, wk), capacity.get(w.id)!, booked.get(slotOf(w, wk).id) ?? 0, created))));
  // Growing to a larger scale adds orders to slots that exist: raise capacity first, then bookings.
  for (const [id, cap] of capacity) {
    await ctx.db.$executeRaw`UPDATE "DeliveryWindow" SET capacity = ${cap} WHERE id = ${id} AND capacity < ${cap}`;
    await ctx.db.$executeRaw`UPDATE "DeliverySlot" SET capacity = ${cap} WHERE "windowId" = ${id} AND id LIKE 'dsl_%' AND capacity < ${cap}`;
  }
}

/** Slot bookings and code usage follow the orders actually stored (a rerun or a larger scale adds some). */
async function reconcile(ctx: SeedCtx): Promise<void> {
  await ctx.db.$executeRaw`
    UPDATE "DeliverySlot" s SET booked = c.n
    FROM (SELECT s2.id, COUNT(o.id)::int AS n FROM "DeliverySlot" s2
          LEFT JOIN "Order" o ON o."slotId" = s2.id AND o.status <> 'CANCELLED'
          WHERE s2."hubId" = ${ctx.hubId} AND s2.id LIKE 'dsl_%' GROUP BY s2.id) c
    WHERE s.id = c.id AND s.booked <> c.n`;
  await ctx.db.$executeRaw`
    UPDATE "DiscountCode" d SET "timesUsed" = c.n
    FROM (SELECT d2.id, COUNT(r.id)::int AS n FROM "DiscountCode" d2
          LEFT JOIN "DiscountRedemption" r ON r."discountCodeId" = d2.id AND r."releasedAt" IS NULL
          WHERE d2."hubId" = ${ctx.hubId} AND d2.id LIKE 'dsc_%' GROUP BY d2.id) c
    WHERE d.id = c.id AND d."timesUsed" <> c.n`;
}
