// Leafy greens and salads (kept at 0-4 °C, short-lived) and potatoes and roots (long keepers).
import type { ProductDef } from "./produce-types";

export const GREENS: readonly ProductDef[] = [
  {
    slug: "butterhead-lettuce", name: "Butterhead lettuce", category: "leafy-greens-salads", crop: "lettuce", temp: [0, 4], shelfLifeDays: 5, mlPerG: 6, unitG: 250,
    keywords: "lettuce kropsla round lettuce salad head",
    description: "A soft, round lettuce with tender, buttery leaves and a pale heart. Dress it simply with a mustard vinaigrette.",
    skus: [{ code: "LET-BUT-1PC", name: "1 head", qty: 1, unit: "EACH", packaging: "sleeve", retail: 99 }],
  },
  {
    slug: "little-gem-lettuce", name: "Little gem lettuce", category: "leafy-greens-salads", crop: "lettuce", temp: [0, 4], shelfLifeDays: 7, mlPerG: 4, unitG: 150,
    keywords: "lettuce baby cos romaine little gems salad",
    description: "Compact little gems with crunchy, sweet hearts. Quarter them for a Caesar salad or grill them briefly until just wilted.",
    skus: [{ code: "LET-GEM-2PC", name: "2 heads", qty: 2, unit: "EACH", packaging: "flow-pack", retail: 149 }],
  },
  {
    slug: "rocket", name: "Rocket", category: "leafy-greens-salads", crop: "rocket", temp: [0, 4], shelfLifeDays: 5, mlPerG: 10,
    keywords: "arugula rucola roquette salad leaves",
    description: "Peppery young rocket leaves, washed and ready to eat. Scatter them over pizza, pasta or carpaccio.",
    skus: [{ code: "ROC-100G", name: "100 g bag", qty: 100, unit: "G", packaging: "bag", retail: 169 }],
  },
  {
    slug: "baby-spinach", name: "Baby spinach", category: "leafy-greens-salads", crop: "spinach", temp: [0, 4], shelfLifeDays: 5, mlPerG: 10,
    keywords: "spinach leaves salad spinach spinazie",
    description: "Small, tender spinach leaves with a mild taste, washed and ready to use. Eat them raw in salads or stir them into a curry at the last minute.",
    skus: [
      { code: "SPI-BAB-100G", name: "100 g bag", qty: 100, unit: "G", packaging: "bag", retail: 149 },
      { code: "SPI-BAB-200G", name: "200 g bag", qty: 200, unit: "G", packaging: "bag", retail: 229 },
    ],
  },
  {
    slug: "spinach", name: "Spinach", category: "leafy-greens-salads", crop: "spinach", temp: [0, 4], shelfLifeDays: 5, mlPerG: 6,
    keywords: "spinazie cooking spinach leaf spinach greens",
    description: "Full-grown spinach leaves for cooking, with a deeper, mineral flavour than baby leaves. Wilt them in a hot pan with garlic and a knob of butter.",
    skus: [{ code: "SPI-600G", name: "600 g bag", qty: 600, unit: "G", packaging: "bag", retail: 249 }],
  },
  {
    slug: "lambs-lettuce", name: "Lamb's lettuce", category: "leafy-greens-salads", crop: "lamb's lettuce", temp: [0, 4], shelfLifeDays: 6, mlPerG: 10,
    keywords: "veldsla corn salad mache rapunzel salad leaves",
    description: "Little rosettes of dark green leaves with a mild, nutty taste, grown in cool polytunnels through the winter. Pair them with beetroot and walnuts.",
    skus: [{ code: "LAM-100G", name: "100 g bag", qty: 100, unit: "G", packaging: "bag", retail: 179 }],
  },
  {
    slug: "curly-kale", name: "Curly kale", category: "leafy-greens-salads", crop: "kale", temp: [0, 4], shelfLifeDays: 7, mlPerG: 6,
    keywords: "kale boerenkool greens stamppot",
    description: "Washed and sliced curly kale, harvested after the frost has sweetened the leaves. Made for boerenkool stamppot, or massaged raw with lemon.",
    skus: [{ code: "KAL-CUR-500G", name: "500 g bag, sliced", qty: 500, unit: "G", packaging: "bag", retail: 189 }],
  },
  {
    slug: "cavolo-nero", name: "Cavolo nero", category: "leafy-greens-salads", crop: "kale", temp: [0, 4], shelfLifeDays: 6, mlPerG: 6, unitG: 250,
    keywords: "black kale tuscan kale palmkool lacinato kale",
    description: "Long, dark, crinkled leaves with a deep savoury flavour. Strip the stems and add the leaves to ribollita or pasta with chilli.",
    skus: [{ code: "KAL-NERO-BUN", name: "1 bunch", qty: 1, unit: "BUNCH", packaging: "bunch", retail: 249 }],
  },
  {
    slug: "rainbow-chard", name: "Rainbow chard", category: "leafy-greens-salads", crop: "chard", temp: [0, 4], shelfLifeDays: 5, mlPerG: 5, unitG: 350,
    keywords: "swiss chard snijbiet silverbeet greens",
    description: "Glossy leaves on red, yellow and white stems. Cook the stems a minute before the leaves and finish with lemon and olive oil.",
    skus: [{ code: "CHA-RBW-BUN", name: "1 bunch", qty: 1, unit: "BUNCH", packaging: "bunch", retail: 229 }],
  },
  {
    slug: "mixed-salad-leaves", name: "Mixed salad leaves", category: "leafy-greens-salads", crop: "lettuce", temp: [0, 4], shelfLifeDays: 5, mlPerG: 10,
    keywords: "salad mix mesclun lettuce leaves slamix",
    description: "A colourful mix of red and green lettuces, frisée and baby chard, washed and ready to serve. A quick side salad for any meal.",
    skus: [{ code: "SAL-MIX-150G", name: "150 g bag", qty: 150, unit: "G", packaging: "bag", retail: 219 }],
  },
  {
    slug: "pak-choi", name: "Pak choi", category: "leafy-greens-salads", crop: "pak choi", temp: [0, 4], shelfLifeDays: 6, mlPerG: 4, unitG: 150,
    keywords: "bok choy paksoi chinese cabbage",
    description: "Young pak choi with juicy white stems and soft green leaves. Halve it lengthways and steam or stir-fry with ginger and soy.",
    skus: [{ code: "PAK-2PC", name: "2 pieces", qty: 2, unit: "EACH", packaging: "flow-pack", retail: 169 }],
  },
];

export const ROOTS: readonly ProductDef[] = [
  {
    slug: "waxy-potatoes", name: "Waxy potatoes (Nicola)", category: "potatoes-roots", crop: "potatoes", temp: [6, 10], shelfLifeDays: 45, mlPerG: 1.5,
    keywords: "spuds potatoes aardappelen salad potatoes vastkokend nicola",
    description: "Yellow-fleshed Nicola potatoes that hold their shape when boiled. Ideal for potato salad, roasting and sautéing.",
    skus: [
      { code: "POT-WAX-1KG", name: "1 kg bag", qty: 1, unit: "KG", packaging: "bag", retail: 149 },
      { code: "POT-WAX-2500G", name: "2.5 kg bag", qty: 2500, unit: "G", packaging: "bag", retail: 299 },
    ],
  },
  {
    slug: "floury-potatoes", name: "Floury potatoes (Bintje)", category: "potatoes-roots", crop: "potatoes", temp: [6, 10], shelfLifeDays: 45, mlPerG: 1.5,
    keywords: "spuds potatoes aardappelen bintje kruimig mash chips fries",
    description: "The classic Dutch Bintje, dry and floury once cooked. Perfect for mash, stamppot and home-made fries.",
    skus: [
      { code: "POT-FLO-2500G", name: "2.5 kg bag", qty: 2500, unit: "G", packaging: "bag", retail: 279 },
      { code: "POT-FLO-5KG", name: "5 kg bag", qty: 5, unit: "KG", packaging: "bag", retail: 449 },
    ],
  },
  {
    slug: "baby-potatoes", name: "Baby potatoes", category: "potatoes-roots", crop: "potatoes", temp: [6, 10], shelfLifeDays: 21, mlPerG: 1.5,
    keywords: "spuds new potatoes krieltjes small potatoes",
    description: "Small, thin-skinned potatoes that need no peeling. Roast them whole with rosemary and sea salt.",
    skus: [{ code: "POT-BAB-750G", name: "750 g bag", qty: 750, unit: "G", packaging: "bag", retail: 229 }],
  },
  {
    slug: "carrots", name: "Carrots", category: "potatoes-roots", crop: "carrots", temp: [1, 4], shelfLifeDays: 28, mlPerG: 1.5, unitG: 600,
    keywords: "carrot wortelen winterpeen bunched carrots",
    description: "Sweet, crunchy carrots grown in the sandy soils of the Gelderse Vallei. Bagged winter carrots for cooking, or a bunch with their green tops for snacking.",
    skus: [
      { code: "CAR-1KG", name: "1 kg bag", qty: 1, unit: "KG", packaging: "bag", retail: 129 },
      { code: "CAR-BUN", name: "1 bunch with tops", qty: 1, unit: "BUNCH", packaging: "bunch", retail: 189, shelfLifeDays: 10 },
    ],
  },
  {
    slug: "beetroot", name: "Beetroot", category: "potatoes-roots", crop: "beetroot", temp: [1, 4], shelfLifeDays: 28, mlPerG: 1.4,
    keywords: "beets rode bieten red beet",
    description: "Raw, earthy beetroot with deep crimson flesh. Roast it in foil, grate it raw into salads or turn it into a vivid soup.",
    skus: [{ code: "BEE-500G", name: "500 g bag", qty: 500, unit: "G", packaging: "bag", retail: 129 }],
  },
  {
    slug: "parsnips", name: "Parsnips", category: "potatoes-roots", crop: "parsnips", temp: [1, 4], shelfLifeDays: 28, mlPerG: 1.6,
    keywords: "parsnip pastinaak root vegetables",
    description: "Creamy-white parsnips with a sweet, slightly spicy flavour that deepens after frost. Roast them with honey or mash them with potatoes.",
    skus: [{ code: "PAR-500G", name: "500 g bag", qty: 500, unit: "G", packaging: "bag", retail: 179 }],
  },
  {
    slug: "celeriac", name: "Celeriac", category: "potatoes-roots", crop: "celeriac", temp: [1, 4], shelfLifeDays: 30, mlPerG: 1.4, unitG: 800,
    keywords: "celery root knolselderij celeriac root",
    description: "A knobbly root with a fresh celery aroma and a nutty taste. Peel it for remoulade, purée or thick roasted steaks.",
    skus: [{ code: "CLR-1PC", name: "1 piece", qty: 1, unit: "EACH", packaging: "loose", retail: 169 }],
  },
  {
    slug: "radishes", name: "Radishes", category: "potatoes-roots", crop: "radishes", temp: [1, 4], shelfLifeDays: 7, mlPerG: 2.5, unitG: 200,
    keywords: "radish radijs red radishes",
    description: "Crisp red radishes with a peppery bite, bunched with their leaves. Eat them with butter and salt or slice them into salads.",
    skus: [{ code: "RAD-BUN", name: "1 bunch", qty: 1, unit: "BUNCH", packaging: "bunch", retail: 99 }],
  },
];
