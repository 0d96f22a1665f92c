// Provenance rows: certificates held by farms and clusters, lab results on lots and the handling
// checkpoints of each lot's journey (with temperatures, a few of them outside the SKU's band).
import type { CertificationScheme, CheckpointKind, Prisma } from "@/generated/prisma/client";
import { CLUSTERS, clusterId, pad } from "../ids";
import type { FarmRef } from "../organisations";
import { rngFor, type Rng } from "../random";
import type { SkuInfo } from "./catalog";
import { farmCrops, type LotFact } from "./lots";
import type { Leg } from "./stock";
import { DAY, HOUR, MINUTE, addMs, after, hubDay } from "./time";

/** Which schemes a farm holds. Pure, so the lot builder can send organic products to organic farms only. */
export function farmSchemes(farm: FarmRef): CertificationScheme[] {
  const rng = rngFor("cert-schemes", farm.n);
  const eggs = farmCrops(farm).includes("eggs");
  // The demo grower's farm (FARM-001) is organic and GLOBALG.A.P. certified, so its portal has both.
  const organic = farm.n === 1 || rng.chance(eggs ? 0.45 : 0.25);
  const schemes: CertificationScheme[] = [];
  if (organic) schemes.push("EU_ORGANIC");
  if (organic && rng.chance(0.2)) schemes.push("DEMETER");
  if (farm.n === 1 || rng.chance(organic ? 0.25 : 0.55)) schemes.push("GLOBALGAP");
  if (!organic && rng.chance(0.25)) schemes.push("PLANET_PROOF");
  if (eggs) schemes.push("FREE_RANGE");
  return schemes;
}

const ISSUERS: Record<CertificationScheme, readonly string[]> = {
  EU_ORGANIC: ["SKAL Biocontrole"],
  DEMETER: ["Stichting Demeter"],
  GLOBALGAP: ["Control Union Certifications", "Kiwa Nederland", "SGS Nederland"],
  FREE_RANGE: ["Avined (IKB Ei)"],
  PLANET_PROOF: ["Stichting Milieukeur (SMK)"],
  FAIRTRADE: ["FLOCERT"],
};

/** Certificate numbers in each scheme's usual shape; `n` keeps them unique per scheme. */
function certNumber(rng: Rng, scheme: CertificationScheme, n: number): string {
  switch (scheme) {
    case "EU_ORGANIC": return `NL-BIO-01.528-${pad(rng.int(10, 99), 2)}${pad(n, 3)}${pad(rng.int(0, 99), 2)}`;
    case "DEMETER": return `DEM-NL-${pad(n, 3)}${rng.int(1, 9)}`;
    case "GLOBALGAP": return `40${pad(rng.int(10_000, 99_999), 5)}${pad(n, 3)}${pad(rng.int(0, 999), 3)}`; // a 13-digit GGN
    case "FREE_RANGE": return `1-NL-4${pad(n, 3)}${pad(rng.int(0, 999), 3)}`;
    case "PLANET_PROOF": return `PP-${pad(rng.int(10, 99), 2)}${pad(n, 3)}`;
    case "FAIRTRADE": return `FLO-${pad(n, 5)}`;
  }
}

/** Mostly current for about a year; ~6 % lapsed and ~8 % running out within a month (status colours). */
function validity(rng: Rng, reference: Date): { validFrom: Date; validTo: Date } {
  const today = hubDay(reference);
  const r = rng.next();
  const daysLeft = r < 0.06 ? -rng.int(3, 120) : r < 0.14 ? rng.int(1, 30) : rng.int(31, 420);
  const validTo = addMs(today, daysLeft * DAY);
  const validFrom = addMs(validTo, -(rng.chance(0.2) ? 3 * 365 : 365) * DAY);
  return { validFrom, validTo };
}

// Cluster-wide (group) certificates: every farm of the cluster's lots carry them.
const CLUSTER_SCHEMES: Record<string, CertificationScheme[]> = { gv: ["GLOBALGAP"], kr: ["GLOBALGAP", "PLANET_PROOF"], em: ["GLOBALGAP"] };

export function buildCertifications(hubId: string, farms: readonly FarmRef[], reference: Date): Prisma.CertificationCreateManyInput[] {
  const holders = [
    ...farms.map((f) => ({ id: f.id, key: `farm_${pad(f.n, 3)}`, n: f.n, schemes: farmSchemes(f) })),
    ...CLUSTERS.map((c, i) => ({ id: clusterId(c.key), key: `cluster_${c.key}`, n: 900 + i, schemes: CLUSTER_SCHEMES[c.key]! })),
  ];
  return holders.flatMap((h) => h.schemes.map((scheme) => {
    const rng = rngFor("cert", h.key, scheme);
    return {
      id: `cert_${h.key}_${scheme.toLowerCase()}`, hubId, organisationId: h.id, scheme, issuer: rng.pick(ISSUERS[scheme]),
      number: certNumber(rng, scheme, h.n), ...validity(rng, reference), documentKey: null,
    };
  }));
}

type Analyte = { analyte: string; limit: number; decimals: number; residue?: true };

/** What a lab checks per kind of produce, with EU maximum levels (mg/kg). */
export function analytesFor(sku: SkuInfo): Analyte[] {
  const lead = (limit: number): Analyte => ({ analyte: "Lead (Pb)", limit, decimals: 3 });
  const cadmium = (limit: number): Analyte => ({ analyte: "Cadmium (Cd)", limit, decimals: 3 });
  const chlorpyrifos: Analyte = { analyte: "Chlorpyrifos", limit: 0.01, decimals: 4, residue: true };
  const imidacloprid: Analyte = { analyte: "Imidacloprid", limit: 0.01, decimals: 4, residue: true };
  switch (sku.category) {
    case "leafy-greens-salads": {
      const nitrate = sku.crop === "spinach" ? 3500 : sku.crop === "rocket" ? 6000 : sku.crop === "lettuce" ? 4000 : null;
      return [...(nitrate ? [{ analyte: "Nitrate", limit: nitrate, decimals: 0 }] : []), lead(0.3), cadmium(0.1), chlorpyrifos];
    }
    case "potatoes-roots": return [lead(0.1), cadmium(0.1), chlorpyrifos];
    case "fruit": return [lead(sku.crop === "apples" || sku.crop === "pears" ? 0.1 : 0.2), cadmium(0.05), imidacloprid, chlorpyrifos];
    case "herbs": return [lead(0.3), cadmium(0.2), chlorpyrifos];
    case "eggs": return [{ analyte: "Fipronil", limit: 0.005, decimals: 4, residue: true }];
    case "mushrooms": return [lead(0.3), cadmium(0.05)];
    default: return [lead(0.1), cadmium(0.05), imidacloprid, chlorpyrifos];
  }
}

const LABS = ["Eurofins Agro, Wageningen", "Groen Agro Control, Delfgauw", "SGS Nederland, Spijkenisse", "NofaLab, Schiedam"];
const round = (v: number, decimals: number) => Number(v.toFixed(decimals));

/** About two lots in three are sampled: two to four analytes each, mostly well under the limit, 1 in 40 over. */
export function buildLabResults(hubId: string, lot: LotFact, reference: Date): Prisma.LabResultCreateManyInput[] {
  const rng = rngFor("lab", lot.n);
  if (!rng.chance(0.65)) return [];
  const analytes = analytesFor(lot.sku);
  const chosen = analytes.length <= 2 ? analytes : analytes.slice(0, rng.int(2, Math.min(4, analytes.length)));
  const failing = rng.chance(0.025) ? rng.int(0, chosen.length - 1) : -1;
  const laboratory = rng.pick(LABS);
  const sampledAt = after(lot.receiptAt, rng.float(0.5, 3) * HOUR, addMs(reference, -20 * MINUTE));
  const reportedAt = after(sampledAt, rng.float(4, 30) * HOUR, addMs(reference, -5 * MINUTE));
  return chosen.map((a, i) => {
    const share = i === failing ? rng.float(1.1, 1.8) : a.residue ? (rng.chance(0.75) ? 0 : rng.float(0.1, 0.6)) : rng.float(0.05, 0.7);
    const value = round(a.limit * share, a.decimals);
    return {
      id: `lab_${pad(lot.n, 5)}_${i + 1}`, hubId, lotId: lot.id, analyte: a.analyte, value, unit: "mg/kg", limitValue: a.limit,
      passed: value <= a.limit, laboratory, sampledAt, createdAt: reportedAt,
    };
  });
}

/** A temperature reading: inside the band with a margin, or (rarely) a breach above it, or below it for chill-sensitive produce. */
function reading(rng: Rng, sku: SkuInfo): number {
  const [min, max] = [sku.tempMinC, sku.tempMaxC];
  if (rng.chance(0.012)) return round(min >= 7 && rng.chance(0.5) ? min - rng.float(2, 5) : max + rng.float(1.5, 6), 1);
  const span = max - min;
  return round(min + span * rng.float(0.15, 0.85), 1);
}

type Step = { kind: CheckpointKind; locationId: string; at: Date; temperature: boolean; note?: string };

const GRADE_LABEL = { EXTRA: "Extra class", CLASS_I: "Class I", CLASS_II: "Class II" } as const;

/** The steps of a lot's journey: received, graded and stored where it arrived; out, loaded and in/delivered per transfer. */
function journeySteps(lot: LotFact, legs: readonly Leg[], reference: Date): Step[] {
  const firstOut = legs[0]?.dispatchedAt ?? addMs(reference, -10 * MINUTE);
  const gap = Math.max(0, firstOut.getTime() - lot.receiptAt.getTime());
  const steps: Step[] = [
    { kind: "RECEIVED", locationId: lot.receivedAt.id, at: lot.receiptAt, temperature: true },
    { kind: "GRADED", locationId: lot.receivedAt.id, at: addMs(lot.receiptAt, Math.min(45 * MINUTE, gap * 0.25)), temperature: false, note: `Graded ${GRADE_LABEL[lot.grade]}` },
    { kind: "COLD_STORE_IN", locationId: lot.receivedAt.id, at: addMs(lot.receiptAt, Math.min(90 * MINUTE, gap * 0.5)), temperature: true },
  ];
  let arrived = lot.receiptAt;
  for (const leg of legs) {
    const wait = Math.max(0, leg.dispatchedAt.getTime() - arrived.getTime());
    steps.push({ kind: "COLD_STORE_OUT", locationId: leg.from.id, at: addMs(leg.dispatchedAt, -Math.min(30 * MINUTE, wait * 0.2)), temperature: true });
    steps.push({ kind: "LOADED", locationId: leg.from.id, at: leg.dispatchedAt, temperature: true, note: `Transfer to ${leg.to.code}` });
    if (!leg.arrivedAt) continue;
    arrived = leg.arrivedAt;
    steps.push({ kind: leg.to.kind === "VENDOR_SHOP" ? "DELIVERED" : "COLD_STORE_IN", locationId: leg.to.id, at: leg.arrivedAt, temperature: true });
  }
  return steps;
}

export function buildCheckpoints(hubId: string, lot: LotFact, legs: readonly Leg[], reference: Date, recordedById: string): Prisma.HandlingCheckpointCreateManyInput[] {
  const rng = rngFor("checkpoints", lot.n);
  return journeySteps(lot, legs, reference).map((s, i) => {
    const temperatureC = s.temperature ? reading(rng, lot.sku) : null;
    return {
      id: `chk_${pad(lot.n, 5)}_${pad(i + 1, 2)}`, hubId, lotId: lot.id, kind: s.kind, locationId: s.locationId, temperatureC,
      withinBand: temperatureC === null ? null : temperatureC >= lot.sku.tempMinC && temperatureC <= lot.sku.tempMaxC,
      note: s.note ?? null, recordedById, recordedAt: s.at,
    };
  });
}
