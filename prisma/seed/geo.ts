// Geography of the demo region: Utrecht, the Kromme Rijn, Eemland and the Gelderse Vallei.
// Towns carry their real postcode ranges and rough populations, so generated addresses look
// plausible and neighbouring points share postcode districts (zones pool demand by postcode).
import type { Rng } from "./random";
import { RESIDENTIAL_STREETS, RURAL_ROADS, INDUSTRIAL_STREETS } from "./names";

export type Point = { latitude: number; longitude: number };
export type Town = { name: string; lat: number; lng: number; pc: [number, number]; pop: number; km: number };

/** Bounding box every generated point is clamped to. */
export const REGION = { minLat: 51.96, maxLat: 52.23, minLng: 5.05, maxLng: 5.73 } as const;

// pop in thousands (weights households and shops); km = how far the built-up area spreads.
export const TOWNS: readonly Town[] = [
  { name: "Utrecht", lat: 52.0907, lng: 5.1214, pc: [3511, 3585], pop: 360, km: 3.2 },
  { name: "Amersfoort", lat: 52.1561, lng: 5.3878, pc: [3811, 3829], pop: 158, km: 2.6 },
  { name: "Ede", lat: 52.0402, lng: 5.6649, pc: [6711, 6718], pop: 75, km: 2.0 },
  { name: "Veenendaal", lat: 52.0287, lng: 5.5589, pc: [3901, 3907], pop: 67, km: 1.8 },
  { name: "Nieuwegein", lat: 52.0290, lng: 5.0916, pc: [3431, 3439], pop: 64, km: 1.8 },
  { name: "Zeist", lat: 52.0894, lng: 5.2331, pc: [3701, 3709], pop: 66, km: 1.8 },
  { name: "Houten", lat: 52.0286, lng: 5.1687, pc: [3991, 3997], pop: 51, km: 1.6 },
  { name: "Soest", lat: 52.1731, lng: 5.3022, pc: [3761, 3769], pop: 47, km: 1.7 },
  { name: "Bilthoven", lat: 52.1292, lng: 5.2036, pc: [3721, 3723], pop: 43, km: 1.6 },
  { name: "Barneveld", lat: 52.1396, lng: 5.5853, pc: [3771, 3774], pop: 36, km: 1.5 },
  { name: "Leusden", lat: 52.1325, lng: 5.4292, pc: [3831, 3833], pop: 30, km: 1.3 },
  { name: "Baarn", lat: 52.2117, lng: 5.2878, pc: [3741, 3744], pop: 25, km: 1.2 },
  { name: "Nijkerk", lat: 52.2201, lng: 5.4861, pc: [3861, 3864], pop: 33, km: 1.3 },
  { name: "Driebergen-Rijsenburg", lat: 52.0528, lng: 5.2806, pc: [3971, 3972], pop: 19, km: 1.1 },
  { name: "Wijk bij Duurstede", lat: 51.9747, lng: 5.3417, pc: [3961, 3962], pop: 24, km: 1.0 },
  { name: "Bunnik", lat: 52.0664, lng: 5.1981, pc: [3981, 3981], pop: 9, km: 0.8 },
  { name: "Odijk", lat: 52.0531, lng: 5.2361, pc: [3984, 3984], pop: 7, km: 0.7 },
  { name: "Doorn", lat: 52.0333, lng: 5.3417, pc: [3941, 3941], pop: 10, km: 0.9 },
  { name: "Woudenberg", lat: 52.0817, lng: 5.4167, pc: [3931, 3931], pop: 14, km: 0.9 },
  { name: "Scherpenzeel", lat: 52.0806, lng: 5.4889, pc: [3925, 3925], pop: 10, km: 0.8 },
  { name: "Lunteren", lat: 52.0856, lng: 5.6222, pc: [6741, 6741], pop: 14, km: 0.9 },
  { name: "Voorthuizen", lat: 52.1842, lng: 5.6081, pc: [3781, 3781], pop: 9, km: 0.8 },
  { name: "Hoogland", lat: 52.1856, lng: 5.3750, pc: [3828, 3828], pop: 9, km: 0.8 },
  { name: "Maarn", lat: 52.0633, lng: 5.3700, pc: [3951, 3951], pop: 6, km: 0.7 },
];

// Postcode letter pairs: F, I, O, Q, U and Y are never used, nor SA, SD and SS.
const PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";

const KM_PER_DEG_LAT = 111.2;
const kmPerDegLng = (lat: number) => KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * A point scattered around a centre (normal, sd in km). Draws outside REGION or beyond 2.5 sd are
 * redrawn: clamping would pile points up on the border, and far tails would land in the next town.
 */
export function pointNear(rng: Rng, lat: number, lng: number, sdKm: number): Point {
  for (let attempt = 0; ; attempt++) {
    const dy = rng.gaussian(0, sdKm);
    const dx = rng.gaussian(0, sdKm);
    const p = { latitude: lat + dy / KM_PER_DEG_LAT, longitude: lng + dx / kmPerDegLng(lat) };
    const inside = p.latitude >= REGION.minLat && p.latitude <= REGION.maxLat && p.longitude >= REGION.minLng && p.longitude <= REGION.maxLng;
    if ((inside && Math.hypot(dx, dy) <= 2.5 * sdKm) || attempt >= 50) {
      return {
        latitude: round6(clamp(p.latitude, REGION.minLat, REGION.maxLat)),
        longitude: round6(clamp(p.longitude, REGION.minLng, REGION.maxLng)),
      };
    }
  }
}

/** Picks a town in proportion to its population. */
export const pickTown = (rng: Rng) => rng.weighted(TOWNS, (t) => t.pop);

/** The town whose centre is closest (for rural points, e.g. farms). */
export function nearestTown(p: Point): Town {
  let best = TOWNS[0]!;
  let bestD = Infinity;
  for (const t of TOWNS) {
    const d = (t.lat - p.latitude) ** 2 + ((t.lng - p.longitude) * Math.cos((p.latitude * Math.PI) / 180)) ** 2;
    if (d < bestD) [best, bestD] = [t, d];
  }
  return best;
}

/** "3512 KD": the district number follows latitude inside the town, the letters are random. */
export function postcodeFor(rng: Rng, town: Town, p: Point): string {
  const [from, to] = town.pc;
  const span = (2 * town.km) / KM_PER_DEG_LAT;
  const f = clamp((p.latitude - (town.lat - span)) / (2 * span), 0, 0.999);
  const district = from + Math.floor(f * (to - from + 1));
  let letters = "SA";
  while (letters === "SA" || letters === "SD" || letters === "SS") letters = rng.pick([...PC_LETTERS]) + rng.pick([...PC_LETTERS]);
  return `${district} ${letters}`;
}

export type StreetKind = "residential" | "rural" | "industrial";
const STREETS: Record<StreetKind, readonly string[]> = {
  residential: RESIDENTIAL_STREETS,
  rural: RURAL_ROADS,
  industrial: INDUSTRIAL_STREETS,
};

/** "Kerkstraat 12" or "Molenweg 7a": Dutch addresses put the number after the street. */
export function streetLine(rng: Rng, kind: StreetKind): string {
  const max = kind === "residential" ? 180 : kind === "rural" ? 90 : 40;
  const suffix = kind === "residential" && rng.chance(0.08) ? rng.pick(["a", "b", "-1", "-2", " bis"]) : "";
  return `${rng.pick(STREETS[kind])} ${rng.int(1, max)}${suffix}`;
}

/** A full address in a town: point, street line, postcode and city together. */
export function addressIn(rng: Rng, town: Town, kind: StreetKind, spreadKm = town.km) {
  const point = pointNear(rng, town.lat, town.lng, spreadKm);
  return { ...point, line1: streetLine(rng, kind), postcode: postcodeFor(rng, town, point), city: town.name };
}
