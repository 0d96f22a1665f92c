// Bulk inserts that are safe to repeat: every row carries a deterministic id or unique key,
// and skipDuplicates turns a rerun into a no-op (INSERT ... ON CONFLICT DO NOTHING).
import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";

export const CHUNK = 1_000;

type Rows = {
  organisation: Prisma.OrganisationCreateManyInput;
  user: Prisma.UserCreateManyInput;
  membership: Prisma.MembershipCreateManyInput;
  address: Prisma.AddressCreateManyInput;
  facility: Prisma.FacilityCreateManyInput;
  location: Prisma.LocationCreateManyInput;
  vehicle: Prisma.VehicleCreateManyInput;
  driver: Prisma.DriverCreateManyInput;
};
export type BulkTable = keyof Rows;
export type Table = "hub" | BulkTable;
export const TABLES: readonly Table[] = ["hub", "organisation", "user", "membership", "address", "facility", "location", "vehicle", "driver"];
export type Counts = Record<Table, number>;

/** What the seed functions share: the database, the hub and the running tally. */
export type SeedCtx = {
  db: DbOrTx;
  hubId: string;
  /** Rows the seed defines, per table (the same on every run). */
  planned: Counts;
  /** Rows this run actually inserted (all zero on a rerun). */
  inserted: Counts;
};

export const zeroCounts = (): Counts => Object.fromEntries(TABLES.map((t) => [t, 0])) as Counts;

type Writers = { [K in BulkTable]: (db: DbOrTx, rows: Rows[K][]) => Promise<{ count: number }> };
const WRITERS: Writers = {
  organisation: (db, data) => db.organisation.createMany({ data, skipDuplicates: true }),
  user: (db, data) => db.user.createMany({ data, skipDuplicates: true }),
  membership: (db, data) => db.membership.createMany({ data, skipDuplicates: true }),
  address: (db, data) => db.address.createMany({ data, skipDuplicates: true }),
  facility: (db, data) => db.facility.createMany({ data, skipDuplicates: true }),
  location: (db, data) => db.location.createMany({ data, skipDuplicates: true }),
  vehicle: (db, data) => db.vehicle.createMany({ data, skipDuplicates: true }),
  driver: (db, data) => db.driver.createMany({ data, skipDuplicates: true }),
};

/** Inserts rows in chunks of CHUNK (one statement each, well under PostgreSQL's 65k bind parameters). */
export async function put<K extends BulkTable>(ctx: SeedCtx, table: K, rows: Rows[K][]): Promise<void> {
  const write: Writers[K] = WRITERS[table];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const { count } = await write(ctx.db, rows.slice(i, i + CHUNK));
    ctx.inserted[table] += count;
  }
  ctx.planned[table] += rows.length;
}
