// Fresh herbs (bunches), eggs from the Vallei's hen houses, and cultivated mushrooms.
import type { ProductDef } from "./produce-types";

type HerbSpec = { slug: string; name: string; code: string; retail: number; keywords: string; description: string; temp?: readonly [number, number]; shelfLifeDays?: number };

// Herbs share their storage and pack; only basil is chill-sensitive (it blackens below ~10 °C).
const herb = (h: HerbSpec): ProductDef => ({
  slug: h.slug, name: h.name, category: "herbs", crop: "herbs", temp: h.temp ?? [1, 4], shelfLifeDays: h.shelfLifeDays ?? 7,
  mlPerG: 10, unitG: 30, keywords: h.keywords, description: h.description,
  skus: [{ code: h.code, name: "1 bunch", qty: 1, unit: "BUNCH", packaging: "bunch", retail: h.retail }],
});

export const HERBS: readonly ProductDef[] = [
  herb({
    slug: "basil", name: "Basil", code: "HRB-BASIL-BUN", retail: 149, temp: [10, 15], shelfLifeDays: 6,
    keywords: "basilicum sweet basil genovese herbs",
    description: "Large, fragrant Genovese basil leaves for pesto, tomato salads and pizza. Keep it out of the fridge: basil blackens in the cold.",
  }),
  herb({
    slug: "flat-leaf-parsley", name: "Flat-leaf parsley", code: "HRB-PARF-BUN", retail: 99,
    keywords: "parsley italian parsley peterselie herbs",
    description: "Flat-leaf parsley with a bright, grassy flavour, stronger than the curly kind. Chop it generously into tabbouleh, gremolata and sauces.",
  }),
  herb({
    slug: "curly-parsley", name: "Curly parsley", code: "HRB-PARC-BUN", retail: 89,
    keywords: "parsley krulpeterselie peterselie herbs garnish",
    description: "Crinkly, fresh-tasting curly parsley. Finely chopped it lifts potatoes, soups and sauces.",
  }),
  herb({
    slug: "coriander", name: "Coriander", code: "HRB-CORI-BUN", retail: 99,
    keywords: "cilantro koriander chinese parsley herbs",
    description: "Fragrant coriander leaves with tender stems, both worth using. Essential in curries, salsas and Vietnamese noodle soups.",
  }),
  herb({
    slug: "chives", name: "Chives", code: "HRB-CHIV-BUN", retail: 99,
    keywords: "bieslook chive herbs",
    description: "Slender chives with a delicate onion flavour. Snip them over eggs, potatoes and cream cheese.",
  }),
  herb({
    slug: "dill", name: "Dill", code: "HRB-DILL-BUN", retail: 99,
    keywords: "dille dill weed herbs",
    description: "Feathery dill with a sweet, anise-like aroma. A natural partner for salmon, cucumber and new potatoes.",
  }),
  herb({
    slug: "mint", name: "Mint", code: "HRB-MINT-BUN", retail: 129,
    keywords: "munt spearmint fresh mint tea herbs",
    description: "Cool, refreshing spearmint for fresh mint tea, mojitos and summer salads. Also lovely with peas and lamb.",
  }),
  herb({
    slug: "thyme", name: "Thyme", code: "HRB-THYM-BUN", retail: 129,
    keywords: "tijm garden thyme herbs",
    description: "Woody sprigs of garden thyme with an earthy, warm scent. Add them to roasts, stews and tomato sauces.",
  }),
];

export const EGGS: readonly ProductDef[] = [
  {
    slug: "free-range-eggs", name: "Free-range eggs", category: "eggs", crop: "eggs", temp: [4, 15], shelfLifeDays: 28, mlPerG: 2.5, unitG: 62,
    keywords: "eggs eieren scharreleieren vrije uitloop free range",
    description: "Medium to large eggs from hens with daily access to grassy outdoor runs in the Gelderse Vallei. Rich orange yolks, collected and packed the same day.",
    skus: [
      { code: "EGG-FR-6", name: "6 eggs", qty: 6, unit: "EACH", packaging: "egg box", retail: 259 },
      { code: "EGG-FR-10", name: "10 eggs", qty: 10, unit: "EACH", packaging: "egg box", retail: 399 },
    ],
  },
  {
    slug: "organic-eggs", name: "Organic eggs", category: "eggs", crop: "eggs", temp: [4, 15], shelfLifeDays: 28, mlPerG: 2.5, unitG: 62,
    keywords: "eggs eieren biologische eieren organic free range bio",
    description: "Eggs from certified organic flocks with more space per hen and organic feed. Fresh, flavourful and ideal for baking or a soft-boiled breakfast.",
    skus: [
      { code: "EGG-ORG-6", name: "6 eggs", qty: 6, unit: "EACH", packaging: "egg box", retail: 329 },
      { code: "EGG-ORG-10", name: "10 eggs", qty: 10, unit: "EACH", packaging: "egg box", retail: 499 },
    ],
  },
  {
    slug: "duck-eggs", name: "Duck eggs", category: "eggs", crop: "eggs", temp: [4, 15], shelfLifeDays: 28, mlPerG: 2.5, unitG: 80,
    keywords: "eggs eendeneieren duck egg baking",
    description: "Large duck eggs with pale shells and big, creamy yolks. Bakers love them for richer cakes and glossier custards.",
    skus: [{ code: "EGG-DUCK-4", name: "4 eggs", qty: 4, unit: "EACH", packaging: "egg box", retail: 349 }],
  },
];

export const MUSHROOMS: readonly ProductDef[] = [
  {
    slug: "white-mushrooms", name: "White mushrooms", category: "mushrooms", crop: "mushrooms", temp: [1, 4], shelfLifeDays: 6, mlPerG: 3,
    keywords: "mushrooms champignons button mushrooms",
    description: "Firm, closed-cup white mushrooms with a mild flavour. Slice them raw into salads or fry them until golden.",
    skus: [
      { code: "MUS-WHI-250G", name: "250 g punnet", qty: 250, unit: "G", packaging: "punnet", retail: 129 },
      { code: "MUS-WHI-500G", name: "500 g punnet", qty: 500, unit: "G", packaging: "punnet", retail: 229 },
    ],
  },
  {
    slug: "chestnut-mushrooms", name: "Chestnut mushrooms", category: "mushrooms", crop: "mushrooms", temp: [1, 4], shelfLifeDays: 6, mlPerG: 3,
    keywords: "mushrooms kastanjechampignons brown mushrooms cremini",
    description: "Brown-capped mushrooms with a deeper, nuttier taste than white ones. They hold their texture in risottos, pies and stroganoff.",
    skus: [{ code: "MUS-CHE-250G", name: "250 g punnet", qty: 250, unit: "G", packaging: "punnet", retail: 159 }],
  },
  {
    slug: "oyster-mushrooms", name: "Oyster mushrooms", category: "mushrooms", crop: "mushrooms", temp: [1, 4], shelfLifeDays: 5, mlPerG: 5,
    keywords: "mushrooms oesterzwammen oyster pleurotus",
    description: "Fan-shaped oyster mushrooms grown on straw, with a velvety texture. Tear them into strips and fry them crisp.",
    skus: [{ code: "MUS-OYS-150G", name: "150 g tray", qty: 150, unit: "G", packaging: "tray", retail: 249 }],
  },
];
