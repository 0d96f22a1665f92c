// The address book: Dutch postcodes normalised, unserved postcodes refused field by field,
// coordinates from the zone, one default per person, nobody sees another's addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { contextAs } from "../../testing/inventory";
import { orderWorld } from "../../testing/orders";
import { dutchPostcode } from "./schema";
import { addAddress, deleteAddress, listAddresses, setDefaultAddress, updateAddress } from "./service";

let tdb: TestDatabase;
beforeAll(async () => void (tdb = await createTestDatabase()), 60_000);
afterAll(async () => tdb.drop());

const rejects = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a rejection"); }, (e: DomainError) => e);

describe("dutchPostcode", () => {
  it("normalises and refuses", () => {
    expect(dutchPostcode("3511ab")).toBe("3511 AB");
    expect(dutchPostcode(" 3511  AB ")).toBe("3511 AB");
    expect(dutchPostcode("0511 AB")).toBeNull();
    expect(dutchPostcode("SW1A 1AA")).toBeNull();
  });
});

describe("address book", () => {
  it("adds with a normalised postcode and the fulfilment location's coordinates; the first is default", async () => {
    const w = await orderWorld(tdb.db, { skus: 1 });
    const a = await addAddress(w.customer, { line1: "Oudegracht 12", city: "Utrecht", postcode: "3511ab" });
    expect(a).toMatchObject({ postcode: "3511 AB", isDefault: true, zoneName: "Test town" });
    const row = await tdb.db.address.findUniqueOrThrow({ where: { id: a.id } });
    expect([row.latitude, row.longitude]).toEqual([w.warehouse.latitude, w.warehouse.longitude]);
    const b = await addAddress(w.customer, { label: "Work", line1: "Vredenburg 40", city: "Utrecht", postcode: "3511 BD" });
    expect(b.isDefault).toBe(false);
    await setDefaultAddress(w.customer, { addressId: b.id });
    expect((await listAddresses(w.customer)).map((x) => [x.label, x.isDefault])).toEqual([["Work", true], ["", false]]);
    await deleteAddress(w.customer, { addressId: b.id });
    expect((await listAddresses(w.customer)).map((x) => x.isDefault)).toEqual([true]);
  });

  it("field errors: bad postcode format, postcode not served, missing street", async () => {
    const w = await orderWorld(tdb.db, { skus: 1 });
    const bad = await rejects(addAddress(w.customer, { line1: "", city: "Utrecht", postcode: "12345" }));
    expect(bad.fieldErrors).toMatchObject({ postcode: ["Enter a Dutch postcode like 1234 AB"], line1: ["Enter the street and house number"] });
    const far = await rejects(addAddress(w.customer, { line1: "Dam 1", city: "Amsterdam", postcode: "1012 JS" }));
    expect(far.fieldErrors).toEqual({ postcode: ["We do not deliver to this postcode yet."] });
    expect(await tdb.db.address.count({ where: { userId: w.customer.actor.userId } })).toBe(0);
  });

  it("another person's address is NOT_FOUND", async () => {
    const w = await orderWorld(tdb.db, { skus: 1 });
    const a = await addAddress(w.customer, { line1: "Oudegracht 12", city: "Utrecht", postcode: "3511 AB" });
    const other = await contextAs(tdb.db, w.hub.id, "CONSUMER");
    expect((await rejects(updateAddress(other, { addressId: a.id, line1: "Hijacked 1", city: "Utrecht", postcode: "3511 AB" }))).code).toBe("NOT_FOUND");
    expect((await rejects(deleteAddress(other, { addressId: a.id }))).code).toBe("NOT_FOUND");
    expect(await listAddresses(other)).toEqual([]);
  });
});
