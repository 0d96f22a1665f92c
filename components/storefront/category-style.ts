// A colour and an icon per top-level category, for product tiles that have no photo yet.
import { Apple, Bean, Carrot, Egg, Leaf, Salad, Sprout, type LucideIcon } from "lucide-react";

export type CategoryStyle = { tile: string; icon: LucideIcon; chip: string };

const STYLES: { match: RegExp; style: CategoryStyle }[] = [
  { match: /salad|leafy|green/, style: { tile: "bg-gradient-to-br from-lime-50 to-green-100 text-green-700", icon: Salad, chip: "bg-green-50 text-green-800 ring-green-200" } },
  { match: /root|potato/, style: { tile: "bg-gradient-to-br from-yellow-50 to-stone-200 text-stone-700", icon: Bean, chip: "bg-stone-100 text-stone-800 ring-stone-300" } },
  { match: /veg/, style: { tile: "bg-gradient-to-br from-orange-50 to-amber-100 text-orange-700", icon: Carrot, chip: "bg-orange-50 text-orange-800 ring-orange-200" } },
  { match: /fruit|berr/, style: { tile: "bg-gradient-to-br from-rose-50 to-pink-100 text-rose-700", icon: Apple, chip: "bg-rose-50 text-rose-800 ring-rose-200" } },
  { match: /herb/, style: { tile: "bg-gradient-to-br from-emerald-50 to-teal-100 text-teal-700", icon: Leaf, chip: "bg-teal-50 text-teal-800 ring-teal-200" } },
  { match: /egg/, style: { tile: "bg-gradient-to-br from-yellow-50 to-amber-100 text-amber-700", icon: Egg, chip: "bg-yellow-50 text-amber-800 ring-amber-200" } },
  { match: /mushroom/, style: { tile: "bg-gradient-to-br from-neutral-50 to-neutral-200 text-neutral-600", icon: Sprout, chip: "bg-neutral-100 text-neutral-700 ring-neutral-300" } },
];

const FALLBACK: CategoryStyle = { tile: "bg-gradient-to-br from-furrow-50 to-furrow-100 text-furrow-700", icon: Sprout, chip: "bg-furrow-50 text-furrow-800 ring-furrow-200" };

export function categoryStyle(rootSlug: string): CategoryStyle {
  return STYLES.find((s) => s.match.test(rootSlug))?.style ?? FALLBACK;
}
