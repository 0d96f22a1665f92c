// Subscribing and self-service against a real database: each change writes its outbox event in the
// same transaction, and every refusal is a field-level error that leaves the database unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeUser } from "../../testing/factories";
import { callerAs } from "../../testing/caller";
import { listBoxes } from "./boxes";
import { setBasketLines, swapItem } from "./line-changes";
import { subscriptionDetail } from "./queries";
import { renewSubscriptions } from "./renew";
import { cancelSubscription, changeSlot, pauseSubscription, resumeSubscription, skipWeek, unskipWeek } from "./schedule-changes";
import { subscribe, subscribeOptions } from "./subscribe";
import { createTemplate, listTemplates, updateTemplate } from "./templates";
import { at, makeHousehold, subscriptionWorld, W50_CUTOFF, type SubscriptionWorld } from "./testing";

let t: TestDatabase;
let w: SubscriptionWorld;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await subscriptionWorld(t.db);
});
afterAll(() => t.drop());

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (error: unknown) => error);
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
};
const snapshot = async () => ({
  subs: await t.db.subscription.findMany({ orderBy: { id: "asc" }, include: { lines: { orderBy: { id: "asc" } }, skips: true } }),
  events: await t.db.outboxEvent.count(),
});
const events = (name: string) => t.db.outboxEvent.count({ where: { name, hubId: w.hub.id } });

async function boxSubscription(cadence: "WEEKLY" | "FORTNIGHTLY" = "WEEKLY", household = w.household) {
  return subscribe(household.ctx, { templateId: w.template.id, cadence, windowId: w.windows.tueAm.id, addressId: household.address.id, paymentMethod: "PAY_ON_DELIVERY" });
}

describe("subscribe", () => {
  it("offers the windows of the zone serving each address, with the first delivery date", async () => {
    const options = await subscribeOptions(w.household.ctx);
    expect(options.cardAvailable).toBe(false);
    expect(options.addresses).toHaveLength(1);
    expect(options.addresses[0]!.zone?.id).toBe(w.zone.id);
    // Friday's cutoff (Wednesday 18:00) has passed this week, so Friday starts a week later.
    expect(options.addresses[0]!.windows.map((x) => [x.id, x.firstWeek, x.firstDeliveryDate])).toEqual([
      [w.windows.tueAm.id, "2026-W50", "2026-12-08"],
      [w.windows.tuePm.id, "2026-W50", "2026-12-08"],
      [w.windows.friAm.id, "2026-W50", "2026-12-11"],
    ]);
  });

  it("subscribes to a box: lines copied from the template, first open week as anchor, SubscriptionCreated", async () => {
    const before = await events("commerce/subscription.created");
    const result = await boxSubscription();
    expect(result).toMatchObject({ anchorWeek: "2026-W50", firstDeliveryDate: "2026-12-08" });
    const sub = await t.db.subscription.findUniqueOrThrow({ where: { id: result.id }, include: { lines: true } });
    expect(sub).toMatchObject({ status: "ACTIVE", cadence: "WEEKLY", templateId: w.template.id, name: "Family veg box", zoneId: w.zone.id, paymentMethod: "PAY_ON_DELIVERY" });
    expect(sub.lines.map((l) => [l.skuId, l.quantity, l.templateLineId]).sort()).toEqual(w.template.lines.map((l) => [l.skuId, l.quantity, l.id]).sort());
    expect(await events("commerce/subscription.created")).toBe(before + 1);
  });

  it("refuses a window of another zone, someone else's address, card without Stripe and an empty basket, writing nothing", async () => {
    const before = await snapshot();
    const other = await makeHousehold(t.db, w.hub.id, w.clock);
    const base = { templateId: w.template.id, cadence: "WEEKLY", windowId: w.windows.tueAm.id, addressId: w.household.address.id, paymentMethod: "PAY_ON_DELIVERY" };
    expect((await refusal(subscribe(w.household.ctx, { ...base, windowId: w.windows.elsewhere.id }))).fieldErrors).toEqual({ windowId: ["This delivery window does not serve your address"] });
    expect((await refusal(subscribe(w.household.ctx, { ...base, addressId: other.address.id }))).fieldErrors).toEqual({ addressId: ["Choose one of your addresses"] });
    expect((await refusal(subscribe(w.household.ctx, { ...base, paymentMethod: "CARD" }))).fieldErrors?.paymentMethod).toBeDefined();
    expect((await refusal(subscribe(w.household.ctx, { ...base, templateId: null }))).fieldErrors).toEqual({ lines: ["Choose a box or add items to your basket"] });
    expect((await refusal(subscribe(w.household.ctx, { ...base, cadence: "DAILY" }))).fieldErrors?.cadence).toBeDefined();
    const after = await snapshot();
    expect(after.subs).toEqual(before.subs);
    expect(after.events).toBe(before.events);
  });

  it("is reachable through the router for households only", async () => {
    const household = { userId: w.household.ctx.actor.userId, membershipId: w.household.ctx.actor.membershipId };
    const list = await callerAs(t.db, household).subscriptions.mine.list();
    expect(list.length).toBeGreaterThan(0);
    const planner = await makeUser(t.db, w.hub.id, "PLANNER");
    await expect(callerAs(t.db, { userId: planner.user.id, membershipId: planner.membership.id }).subscriptions.mine.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const templates = await callerAs(t.db, { userId: planner.user.id, membershipId: planner.membership.id }).subscriptions.templates.list();
    expect(templates.find((x) => x.id === w.template.id)?.subscriberCount).toBeGreaterThan(0);
  });
});

describe("skip and un-skip", () => {
  it("skips an open week once, takes it back, and refuses closed, off and renewed weeks", async () => {
    const { id } = await boxSubscription("FORTNIGHTLY");
    const ctx = w.household.ctx;
    const skipped = await events("commerce/subscription.skipped");
    await skipWeek(ctx, { subscriptionId: id, isoWeek: "2026-W52" });
    await skipWeek(ctx, { subscriptionId: id, isoWeek: "2026-W52" });
    expect(await t.db.subscriptionSkip.count({ where: { subscriptionId: id } })).toBe(1);
    expect(await events("commerce/subscription.skipped")).toBe(skipped + 1);
    let detail = await subscriptionDetail(ctx, { id });
    // Fortnightly from W50 across the 53-week year end: W50, W52, then 2027-W01.
    expect(detail.weeks.map((x) => [x.isoWeek, x.state])).toEqual([["2026-W50", "SCHEDULED"], ["2026-W52", "SKIPPED"], ["2027-W01", "SCHEDULED"]]);
    await unskipWeek(ctx, { subscriptionId: id, isoWeek: "2026-W52" });
    expect(await t.db.subscriptionSkip.count({ where: { subscriptionId: id } })).toBe(0);

    const before = await snapshot();
    expect((await refusal(skipWeek(ctx, { subscriptionId: id, isoWeek: "2026-W51" }))).fieldErrors).toEqual({ isoWeek: ["There is no delivery in this week"] });
    expect((await refusal(skipWeek(ctx, { subscriptionId: id, isoWeek: "2026-W49" }))).fieldErrors?.isoWeek).toBeDefined();
    expect((await refusal(skipWeek(at(ctx, W50_CUTOFF), { subscriptionId: id, isoWeek: "2026-W50" }))).fieldErrors).toEqual({ isoWeek: ["The order cutoff for this week has passed"] });
    expect((await refusal(skipWeek(ctx, { subscriptionId: id, isoWeek: "2026-W5" }))).code).toBe("VALIDATION");
    expect(await snapshot()).toEqual(before);

    await renewSubscriptions(t.db, { hubId: w.hub.id, isoWeek: "2026-W50", now: new Date(W50_CUTOFF.getTime() - 30 * 60_000) });
    expect((await refusal(skipWeek(ctx, { subscriptionId: id, isoWeek: "2026-W50" }))).fieldErrors?.isoWeek?.[0]).toMatch(/already been placed/);
    detail = await subscriptionDetail(ctx, { id });
    expect(detail.weeks[0]).toMatchObject({ isoWeek: "2026-W50", state: "RENEWED", changeable: false });
    expect(detail.weeks[0]!.orderNumber).toMatch(/^FR-/);
  });

  it("keeps other households out", async () => {
    const { id } = await boxSubscription();
    const stranger = await makeHousehold(t.db, w.hub.id, w.clock);
    expect((await refusal(skipWeek(stranger.ctx, { subscriptionId: id, isoWeek: "2026-W51" }))).code).toBe("NOT_FOUND");
    expect((await refusal(subscriptionDetail(stranger.ctx, { id }))).code).toBe("NOT_FOUND");
  });
});

describe("pause, resume, change slot, cancel", () => {
  it("pauses through a date and resumes; refuses past dates", async () => {
    const { id } = await boxSubscription();
    const ctx = w.household.ctx;
    expect((await refusal(pauseSubscription(ctx, { subscriptionId: id, until: "2026-12-01" }))).fieldErrors).toEqual({ until: ["Choose today or a later date"] });
    await pauseSubscription(ctx, { subscriptionId: id, until: "2026-12-15" });
    const detail = await subscriptionDetail(ctx, { id });
    expect(detail.weeks.slice(0, 3).map((x) => x.state)).toEqual(["PAUSED", "PAUSED", "SCHEDULED"]);
    await resumeSubscription(ctx, { subscriptionId: id });
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE", pausedUntil: null });
    expect((await refusal(resumeSubscription(ctx, { subscriptionId: id }))).code).toBe("INVALID_STATE");
    expect(await t.db.outboxEvent.count({ where: { name: { in: ["commerce/subscription.paused", "commerce/subscription.resumed"] }, payload: { path: ["subscriptionId"], equals: id } } })).toBe(2);
  });

  it("changes to another window of the zone only", async () => {
    const { id } = await boxSubscription();
    const ctx = w.household.ctx;
    expect((await refusal(changeSlot(ctx, { subscriptionId: id, windowId: w.windows.elsewhere.id }))).fieldErrors).toEqual({ windowId: ["Choose a delivery window of your zone"] });
    const moved = await changeSlot(ctx, { subscriptionId: id, windowId: w.windows.friAm.id });
    expect(moved.nextOpenWeek).toBe("2026-W50");
    expect((await t.db.subscription.findUniqueOrThrow({ where: { id } })).windowId).toBe(w.windows.friAm.id);
  });

  it("cancels with a reason (a note for Other), then refuses further changes", async () => {
    const { id } = await boxSubscription();
    const ctx = w.household.ctx;
    expect((await refusal(cancelSubscription(ctx, { subscriptionId: id, reason: "OTHER" }))).fieldErrors).toEqual({ note: ["Tell us a little more when the reason is Other"] });
    expect((await refusal(cancelSubscription(ctx, { subscriptionId: id, reason: "BORED" }))).fieldErrors?.reason).toBeDefined();
    await cancelSubscription(ctx, { subscriptionId: id, reason: "TOO_MUCH_FOOD", note: "Two of us now" });
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", cancelReason: "TOO_MUCH_FOOD", cancelNote: "Two of us now" });
    expect((await refusal(skipWeek(ctx, { subscriptionId: id, isoWeek: "2026-W51" }))).fieldErrors?.isoWeek).toEqual(["This subscription is cancelled"]);
    expect((await refusal(pauseSubscription(ctx, { subscriptionId: id, until: "2026-12-20" }))).code).toBe("INVALID_STATE");
    expect(await t.db.outboxEvent.count({ where: { name: "commerce/subscription.cancelled", payload: { path: ["subscriptionId"], equals: id } } })).toBe(1);
  });
});

describe("swaps and custom baskets", () => {
  it("swaps a box item only to the line's options (and back)", async () => {
    const { id } = await boxSubscription();
    const ctx = w.household.ctx;
    const sub = await t.db.subscription.findUniqueOrThrow({ where: { id }, include: { lines: true } });
    const carrots = sub.lines.find((l) => l.skuId === w.skus[0]!.id)!;
    const kale = sub.lines.find((l) => l.skuId === w.skus[2]!.id)!;
    const before = await snapshot();
    expect((await refusal(swapItem(ctx, { subscriptionId: id, lineId: carrots.id, skuId: w.skus[3]!.id }))).fieldErrors).toEqual({ skuId: ["This box does not offer that swap for this item"] });
    expect((await refusal(swapItem(ctx, { subscriptionId: id, lineId: kale.id, skuId: w.skus[1]!.id }))).fieldErrors?.skuId).toBeDefined();
    expect(await snapshot()).toEqual(before);
    const detail = await subscriptionDetail(ctx, { id });
    expect(detail.lines.find((l) => l.id === carrots.id)?.swapOptions.map((o) => o.skuId)).toEqual([w.skus[1]!.id]);
    await swapItem(ctx, { subscriptionId: id, lineId: carrots.id, skuId: w.skus[1]!.id });
    expect((await t.db.subscriptionLine.findUniqueOrThrow({ where: { id: carrots.id } })).skuId).toBe(w.skus[1]!.id);
    await swapItem(ctx, { subscriptionId: id, lineId: carrots.id, skuId: w.skus[0]!.id });
    expect((await t.db.subscriptionLine.findUniqueOrThrow({ where: { id: carrots.id } })).skuId).toBe(w.skus[0]!.id);
    expect(await t.db.outboxEvent.count({ where: { name: "commerce/subscription.changed", payload: { path: ["subscriptionId"], equals: id } } })).toBe(2);
  });

  it("builds a custom basket, swaps to any item on sale and changes quantities", async () => {
    const ctx = w.household.ctx;
    const { id } = await subscribe(ctx, { lines: [{ skuId: w.skus[3]!.id, quantity: 2 }], cadence: "WEEKLY", windowId: w.windows.friAm.id, addressId: w.household.address.id, paymentMethod: "PAY_ON_DELIVERY" });
    const [line] = await t.db.subscriptionLine.findMany({ where: { subscriptionId: id } });
    await swapItem(ctx, { subscriptionId: id, lineId: line!.id, skuId: w.skus[4]!.id });
    await setBasketLines(ctx, { subscriptionId: id, lines: [{ skuId: w.skus[4]!.id, quantity: 3 }, { skuId: w.skus[0]!.id, quantity: 1 }] });
    const lines = await t.db.subscriptionLine.findMany({ where: { subscriptionId: id }, orderBy: { quantity: "asc" } });
    expect(lines.map((l) => [l.skuId, l.quantity])).toEqual([[w.skus[0]!.id, 1], [w.skus[4]!.id, 3]]);
    const dup = await refusal(setBasketLines(ctx, { subscriptionId: id, lines: [{ skuId: w.skus[0]!.id, quantity: 1 }, { skuId: w.skus[0]!.id, quantity: 2 }] }));
    expect(dup.fieldErrors).toEqual({ "lines.1.skuId": ["This item is listed twice"] });
    const { id: boxId } = await boxSubscription();
    expect((await refusal(setBasketLines(ctx, { subscriptionId: boxId, lines: [{ skuId: w.skus[0]!.id, quantity: 1 }] }))).code).toBe("INVALID_STATE");
  });
});

describe("public box listing", () => {
  it("lists active boxes with product names, packs, price per delivery, shop value, swaps and the farm of the stock", async () => {
    const [box] = await listBoxes(t.db, { id: w.hub.id, currency: "EUR" }, w.now);
    expect(box).toMatchObject({ code: "FAMILY-VEG", name: "Family veg box", priceMinor: 800, retailValueMinor: 900, currency: "EUR" });
    expect(box!.lines.map((l) => [l.productName, l.quantity, l.pack])).toEqual([["Carrots", 2, "250 g"], ["Kale", 1, "250 g"]]);
    expect(box!.lines[0]!.swaps.map((s) => s.productName)).toEqual(["Beetroot"]);
    expect(box!.lines[0]!.provenance?.farmName).toBe(w.farm.name);
  });
});

describe("box templates", () => {
  it("creates and edits templates with field-level refusals; line ids survive edits", async () => {
    const ctx = w.staff;
    const lines = [{ skuId: w.skus[3]!.id, quantity: 2, swapSkuIds: [w.skus[4]!.id] }];
    const { id } = await createTemplate(ctx, { code: "fruit-box", name: "Fruit box", priceMinor: 1200, lines });
    expect((await refusal(createTemplate(ctx, { code: "FRUIT-BOX", name: "Again", priceMinor: 1, lines }))).fieldErrors).toEqual({ code: ["Another box uses this code"] });
    expect((await refusal(createTemplate(ctx, { code: "X-1", name: "Bad", priceMinor: 1, lines: [{ skuId: "nope", quantity: 1, swapSkuIds: [] }] }))).fieldErrors).toEqual({ "lines.0.skuId": ["This item does not exist in this shop"] });
    expect((await refusal(createTemplate(ctx, { code: "X-2", name: "Bad", priceMinor: 1, lines: [{ skuId: w.skus[3]!.id, quantity: 1, swapSkuIds: [w.skus[3]!.id] }] }))).fieldErrors).toEqual({ "lines.0.swapSkuIds": ["An item cannot be its own swap"] });
    const lineBefore = await t.db.boxTemplateLine.findFirstOrThrow({ where: { templateId: id } });
    await updateTemplate(ctx, { id, code: "FRUIT-BOX", name: "Fruit box XL", priceMinor: 1800, active: false, lines: [{ ...lines[0]!, quantity: 3, swapSkuIds: [] }, { skuId: w.skus[1]!.id, quantity: 1 }] });
    const after = await t.db.boxTemplate.findUniqueOrThrow({ where: { id }, include: { lines: { include: { swaps: true }, orderBy: { position: "asc" } } } });
    expect(after).toMatchObject({ name: "Fruit box XL", priceMinor: 1800, active: false });
    expect(after.lines[0]).toMatchObject({ id: lineBefore.id, quantity: 3, swaps: [] });
    expect(after.lines).toHaveLength(2);
    const list = await listTemplates(ctx);
    expect(list.find((x) => x.id === id)).toMatchObject({ lineCount: 2, retailValueMinor: 1200, subscriberCount: 0, active: false });
    expect(await t.db.auditLog.count({ where: { targetId: id, action: { in: ["commerce.box.created", "commerce.box.updated"] } } })).toBe(2);
  });
});
