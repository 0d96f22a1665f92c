// When each crop sells in the demo hub: the yearly demand curve the seeded demand history follows
// (and the forecast should find). Weeks are ISO weeks of the year, 1..52.
//
//   swing:   year-round crops (glasshouse, storage, eggs, mushrooms). Demand multiplier
//            1 + swing x cos(2 pi (week - peak) / 52): peak x (1 + swing) at `peak`, (1 - swing) half a year later.
//   window:  field crops with a short season and no imports in the hub (cherries, currants). Multiplier
//            0.5 x (1 + cos(pi x d / halfWidth)) for weeks d = |week - peak| < halfWidth from the peak, else 0.
//
// Peaks follow Dutch eating habits: salad crops and soft fruit in summer, brassicas, roots and squash
// in autumn and winter (stamppot, soup), eggs at Easter, mushrooms in autumn.
export type CropSeason = { peak: number; swing: number } | { peak: number; halfWidth: number };

export const CROP_SEASONS: Readonly<Record<string, CropSeason>> = {
  tomatoes: { peak: 30, swing: 0.35 },
  cucumbers: { peak: 28, swing: 0.35 },
  "bell peppers": { peak: 32, swing: 0.25 },
  courgettes: { peak: 30, swing: 0.4 },
  aubergines: { peak: 32, swing: 0.3 },
  beans: { peak: 30, swing: 0.5 },
  lettuce: { peak: 26, swing: 0.4 },
  rocket: { peak: 24, swing: 0.35 },
  "lamb's lettuce": { peak: 6, swing: 0.3 },
  spinach: { peak: 16, swing: 0.25 },
  chard: { peak: 30, swing: 0.3 },
  "pak choi": { peak: 36, swing: 0.2 },
  radishes: { peak: 20, swing: 0.4 },
  "spring onions": { peak: 24, swing: 0.3 },
  broccoli: { peak: 40, swing: 0.15 },
  cauliflower: { peak: 42, swing: 0.2 },
  cabbage: { peak: 50, swing: 0.35 },
  "brussels sprouts": { peak: 51, swing: 0.6 },
  kale: { peak: 2, swing: 0.6 },
  leeks: { peak: 48, swing: 0.35 },
  celeriac: { peak: 50, swing: 0.35 },
  parsnips: { peak: 50, swing: 0.45 },
  pumpkins: { peak: 43, swing: 0.6 },
  potatoes: { peak: 2, swing: 0.15 },
  onions: { peak: 2, swing: 0.1 },
  carrots: { peak: 50, swing: 0.15 },
  beetroot: { peak: 48, swing: 0.25 },
  apples: { peak: 42, swing: 0.2 },
  pears: { peak: 44, swing: 0.2 },
  plums: { peak: 36, swing: 0.6 },
  strawberries: { peak: 25, swing: 0.7 },
  raspberries: { peak: 30, swing: 0.6 },
  blueberries: { peak: 31, swing: 0.55 },
  blackberries: { peak: 34, swing: 0.6 },
  herbs: { peak: 26, swing: 0.25 },
  eggs: { peak: 14, swing: 0.15 },
  mushrooms: { peak: 46, swing: 0.3 },
  cherries: { peak: 29, halfWidth: 6 },
  "red currants": { peak: 29, halfWidth: 6 },
};

/** Demand multiplier of `crop` in ISO week-of-year `week` (1..53; week 53 reads as week 1 of the cycle). */
export function seasonMultiplier(crop: string, week: number): number {
  const s = CROP_SEASONS[crop];
  if (!s) return 1;
  if ("swing" in s) return 1 + s.swing * Math.cos((2 * Math.PI * (week - s.peak)) / 52);
  const raw = Math.abs(week - s.peak) % 52;
  const d = Math.min(raw, 52 - raw);
  return d < s.halfWidth ? 0.5 * (1 + Math.cos((Math.PI * d) / s.halfWidth)) : 0;
}
