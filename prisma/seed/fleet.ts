// Vehicles and drivers. Own fleet plus two carriers; every driver is a user with a DRIVER
// membership (scoped to the carrier, if any) and a Driver row with licence and weekly shifts.
import type { Prisma } from "@/generated/prisma/client";
import { CARRIERS, FIXED, driverNo, pad } from "./ids";
import { depotIds } from "./locations";
import { personName } from "./names";
import { createRng, rngFor, type Rng } from "./random";
import { put, type SeedCtx } from "./write";

type VehicleKind = "VAN" | "REFRIGERATED_VAN" | "TRUCK" | "CARGO_BIKE";
type Range = [number, number, number]; // min, max, step

// Specs per kind: capacity, cost (euro cents) and CO2 per km. Trucks carry chilled produce.
const SPECS: Record<VehicleKind, { count: number; kg: Range; litres: Range; perKm: Range; perHour: Range; co2: Range; cold: boolean }> = {
  VAN: { count: 40, kg: [900, 1300, 50], litres: [9000, 14000, 500], perKm: [24, 32, 1], perHour: [3000, 3600, 50], co2: [170, 230, 5], cold: false },
  REFRIGERATED_VAN: { count: 30, kg: [700, 1000, 50], litres: [7000, 11000, 500], perKm: [33, 40, 1], perHour: [3500, 4000, 50], co2: [240, 290, 5], cold: true },
  TRUCK: { count: 12, kg: [5000, 9000, 500], litres: [30000, 45000, 1000], perKm: [60, 80, 1], perHour: [5000, 6000, 100], co2: [600, 750, 10], cold: true },
  CARGO_BIKE: { count: 18, kg: [150, 250, 25], litres: [800, 1500, 100], perKm: [3, 6, 1], perHour: [2200, 2600, 50], co2: [0, 0, 1], cold: false },
};

const stepped = (rng: Rng, [min, max, step]: Range) => min + step * rng.int(0, Math.floor((max - min) / step));

/** Own fleet for the first 60 units, then 25 for the first carrier and 15 for the second. */
export function carrierFor(n: number): string | null {
  if (n <= 60) return null;
  return n <= 85 ? CARRIERS[0].id : CARRIERS[1].id;
}

// Dutch plate letters carry no vowels; commercial vans start with V, trucks with B (sidecode XX-999-X).
const PLATE_LETTERS = "BDFGHJKLNPRSTXZ";
function plate(rng: Rng, kind: VehicleKind, n: number): string {
  if (kind === "CARGO_BIKE") return `CB-${pad(n, 3)}`; // bikes have no plate: a fleet number
  const letter = () => rng.pick([...PLATE_LETTERS]);
  return `${kind === "TRUCK" ? "B" : "V"}${letter()}-${rng.int(100, 999)}-${letter()}`;
}

export async function seedVehicles(ctx: SeedCtx): Promise<void> {
  const kinds = (Object.keys(SPECS) as VehicleKind[]).flatMap((k) => Array<VehicleKind>(SPECS[k].count).fill(k));
  const order = createRng("furrow-seed-v1:fleet").sample(kinds, kinds.length);
  const depots = depotIds();
  const used = new Set<string>();
  const rows = order.slice(0, FIXED.vehicles).map((kind, i): Prisma.VehicleCreateManyInput => {
    const n = i + 1;
    const rng = rngFor("vehicle", n);
    const spec = SPECS[kind];
    let registration = plate(rng, kind, n);
    while (used.has(registration)) registration = plate(rng, kind, n);
    used.add(registration);
    return {
      id: `veh_${pad(n, 3)}`, hubId: ctx.hubId, carrierId: carrierFor(n), depotId: depots[i % depots.length]!,
      registration, kind, refrigerated: spec.cold,
      capacityKg: stepped(rng, spec.kg), capacityLitres: stepped(rng, spec.litres),
      costPerKmMinor: stepped(rng, spec.perKm), costPerHourMinor: stepped(rng, spec.perHour), emissionGPerKm: stepped(rng, spec.co2),
    };
  });
  await put(ctx, "vehicle", rows);
}

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;
// Early and late shifts on weekdays, a Tuesday-Saturday rota and part-timers.
const SHIFT_PATTERNS: { days: readonly string[]; hours: [string, string] }[] = [
  { days: WEEKDAYS, hours: ["06:00", "14:00"] },
  { days: WEEKDAYS, hours: ["12:00", "20:00"] },
  { days: ["tue", "wed", "thu", "fri", "sat"], hours: ["07:00", "15:00"] },
  { days: ["mon", "wed", "fri"], hours: ["08:00", "16:00"] },
  { days: ["thu", "fri", "sat"], hours: ["10:00", "18:00"] },
];

/** {"mon":["06:00","14:00"],...} in the hub's time zone. */
export function shiftsFor(rng: Rng): Record<string, [string, string]> {
  const p = rng.pick(SHIFT_PATTERNS);
  return Object.fromEntries(p.days.map((d) => [d, p.hours]));
}

/** Ten digits, like a Dutch driving licence number; callers keep them unique. */
export const licenceNumber = (rng: Rng) => `4${rng.int(100_000_000, 999_999_999)}`;

export async function seedDrivers(ctx: SeedCtx): Promise<void> {
  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const drivers: Prisma.DriverCreateManyInput[] = [];
  const licences = new Set<string>();
  for (let n = 1; n <= FIXED.drivers; n++) {
    const rng = rngFor("driver", n);
    const no = driverNo(n);
    const userId = `usr_driver_${no}`;
    const carrierId = carrierFor(n);
    let licence = licenceNumber(rng);
    while (licences.has(licence)) licence = licenceNumber(rng);
    licences.add(licence);
    users.push({ id: userId, email: `driver${no}@drivers.valley.furrow.demo`, name: personName(rng), passwordHash: null });
    memberships.push({ id: `mem_driver_${no}`, userId, hubId: ctx.hubId, organisationId: carrierId, role: "DRIVER" });
    drivers.push({ id: `drv_${no}`, hubId: ctx.hubId, userId, carrierId, licenceNumber: licence, shifts: shiftsFor(rng) });
  }
  await put(ctx, "user", users);
  await put(ctx, "membership", memberships);
  await put(ctx, "driver", drivers);
}
