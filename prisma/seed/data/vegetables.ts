// Fruiting vegetables, alliums, brassicas and squash from the Eemland glasshouses and the Vallei fields.
import type { ProductDef } from "./produce-types";

export const VEGETABLES: readonly ProductDef[] = [
  {
    slug: "cherry-tomatoes", name: "Cherry tomatoes", category: "vegetables", crop: "tomatoes", temp: [10, 13], shelfLifeDays: 10, mlPerG: 2,
    keywords: "toms cherry toms tomatoes snack tomatoes cocktail tomatoes",
    description: "Sweet, thin-skinned cherry tomatoes picked ripe on the truss in Eemland glasshouses. They burst with flavour in salads or roasted whole with olive oil. Keep them out of the fridge for the best taste.",
    skus: [
      { code: "TOM-CHER-250G", name: "250 g punnet", qty: 250, unit: "G", packaging: "punnet", retail: 249 },
      { code: "TOM-CHER-1KG", name: "1 kg box", qty: 1, unit: "KG", packaging: "box", retail: 795 },
    ],
  },
  {
    slug: "plum-cherry-tomatoes", name: "Plum cherry tomatoes", category: "vegetables", crop: "tomatoes", temp: [10, 13], shelfLifeDays: 10, mlPerG: 2,
    keywords: "toms baby plum tomatoes datterini mini roma",
    description: "Small oval tomatoes with firm flesh and a high sugar content. Lovely halved over pasta or eaten straight from the punnet as a snack.",
    skus: [{ code: "TOM-PLUM-250G", name: "250 g punnet", qty: 250, unit: "G", packaging: "punnet", retail: 279 }],
  },
  {
    slug: "vine-tomatoes", name: "Vine tomatoes", category: "vegetables", crop: "tomatoes", temp: [10, 13], shelfLifeDays: 9, mlPerG: 2.2,
    keywords: "toms truss tomatoes on the vine salad tomatoes",
    description: "Round red tomatoes ripened on the vine, sold still attached to the stem that keeps them fragrant. An everyday tomato for sandwiches, sauces and salads.",
    skus: [
      { code: "TOM-VINE-500G", name: "500 g tray", qty: 500, unit: "G", packaging: "tray", retail: 269 },
      { code: "TOM-VINE-1KG", name: "1 kg box", qty: 1, unit: "KG", packaging: "box", retail: 449 },
    ],
  },
  {
    slug: "beefsteak-tomatoes", name: "Beefsteak tomatoes", category: "vegetables", crop: "tomatoes", temp: [10, 13], shelfLifeDays: 8, mlPerG: 1.8, unitG: 250,
    keywords: "toms large tomatoes vleestomaat slicing tomatoes",
    description: "Large, meaty tomatoes with few seeds, made for thick slices on a burger or a caprese. Grown in heated glasshouses with biological pest control.",
    skus: [{ code: "TOM-BEEF-2PC", name: "2 pieces", qty: 2, unit: "EACH", packaging: "tray", retail: 249 }],
  },
  {
    slug: "cucumber", name: "Cucumber", category: "vegetables", crop: "cucumbers", temp: [10, 12], shelfLifeDays: 10, mlPerG: 1.5, unitG: 400,
    keywords: "cucumbers komkommer salad cucumber",
    description: "Crisp, juicy glasshouse cucumber with a thin skin that needs no peeling. Slice it into salads, tzatziki or a glass of water.",
    skus: [{ code: "CUC-1PC", name: "1 piece", qty: 1, unit: "EACH", packaging: "sleeve", retail: 89 }],
  },
  {
    slug: "red-bell-peppers", name: "Red bell peppers", category: "vegetables", crop: "bell peppers", temp: [7, 10], shelfLifeDays: 14, mlPerG: 3, unitG: 180,
    keywords: "peppers capsicum paprika sweet peppers",
    description: "Thick-walled red peppers left on the plant until fully coloured, so they are sweet rather than sharp. Great raw in strips, roasted or stuffed.",
    skus: [{ code: "PEP-RED-3PC", name: "3 pieces", qty: 3, unit: "EACH", packaging: "flow-pack", retail: 299 }],
  },
  {
    slug: "pointed-peppers", name: "Sweet pointed peppers", category: "vegetables", crop: "bell peppers", temp: [7, 10], shelfLifeDays: 14, mlPerG: 3, unitG: 120,
    keywords: "peppers romano peppers punt paprika capsicum",
    description: "Long, slender red peppers with thin skins and an intense sweetness. They char beautifully on the grill or under the broiler.",
    skus: [{ code: "PEP-PNT-2PC", name: "2 pieces", qty: 2, unit: "EACH", packaging: "flow-pack", retail: 249 }],
  },
  {
    slug: "courgettes", name: "Courgettes", category: "vegetables", crop: "courgettes", temp: [5, 10], shelfLifeDays: 10, mlPerG: 1.5, unitG: 300,
    keywords: "courgette zucchini squash",
    description: "Firm, glossy green courgettes harvested young while the seeds are still small. Grate them raw, grill them in ribbons or add them to a ratatouille.",
    skus: [
      { code: "COU-1PC", name: "1 piece", qty: 1, unit: "EACH", packaging: "loose", retail: 99 },
      { code: "COU-1KG", name: "1 kg box", qty: 1, unit: "KG", packaging: "box", retail: 279 },
    ],
  },
  {
    slug: "aubergine", name: "Aubergine", category: "vegetables", crop: "aubergines", temp: [10, 12], shelfLifeDays: 10, mlPerG: 2, unitG: 300,
    keywords: "eggplant aubergines brinjal",
    description: "A deep purple aubergine with creamy flesh that turns silky when roasted or fried. The base of moussaka, baba ganoush and many curries.",
    skus: [{ code: "AUB-1PC", name: "1 piece", qty: 1, unit: "EACH", packaging: "loose", retail: 119 }],
  },
  {
    slug: "leeks", name: "Leeks", category: "vegetables", crop: "leeks", temp: [1, 4], shelfLifeDays: 14, mlPerG: 2.5, unitG: 350,
    keywords: "leek prei winter leeks",
    description: "Winter leeks from the Gelderse Vallei with long white shafts and a mild onion flavour. Slow-cook them in butter or use them in soups and stamppot.",
    skus: [{ code: "LEE-2PC", name: "2 pieces", qty: 2, unit: "EACH", packaging: "flow-pack", retail: 179 }],
  },
  {
    slug: "yellow-onions", name: "Yellow onions", category: "vegetables", crop: "onions", temp: [2, 8], shelfLifeDays: 60, mlPerG: 1.6,
    keywords: "onions uien brown onions cooking onions",
    description: "Dry-cured yellow onions with golden skins and a firm bite. The starting point of countless dishes, they turn sweet when slowly caramelised.",
    skus: [
      { code: "ONI-YEL-1KG", name: "1 kg net", qty: 1, unit: "KG", packaging: "net", retail: 129 },
      { code: "ONI-YEL-3KG", name: "3 kg net", qty: 3, unit: "KG", packaging: "net", retail: 299 },
    ],
  },
  {
    slug: "red-onions", name: "Red onions", category: "vegetables", crop: "onions", temp: [2, 8], shelfLifeDays: 60, mlPerG: 1.6,
    keywords: "onions rode uien purple onions salad onions",
    description: "Mild, slightly sweet red onions that add colour to salads and salsas. They pickle quickly in a little vinegar and sugar.",
    skus: [
      { code: "ONI-RED-500G", name: "500 g net", qty: 500, unit: "G", packaging: "net", retail: 119 },
      { code: "ONI-RED-1KG", name: "1 kg net", qty: 1, unit: "KG", packaging: "net", retail: 199 },
    ],
  },
  {
    slug: "spring-onions", name: "Spring onions", category: "vegetables", crop: "spring onions", temp: [1, 4], shelfLifeDays: 7, mlPerG: 3, unitG: 100,
    keywords: "scallions green onions salad onions bosui",
    description: "Tender spring onions pulled young, with crisp white bulbs and bright green tops. Slice them over stir-fries, noodles and salads.",
    skus: [{ code: "SPR-ONI-BUN", name: "1 bunch", qty: 1, unit: "BUNCH", packaging: "bunch", retail: 99 }],
  },
  {
    slug: "broccoli", name: "Broccoli", category: "vegetables", crop: "broccoli", temp: [1, 4], shelfLifeDays: 6, mlPerG: 3, unitG: 450,
    keywords: "calabrese brocoli broccoli head",
    description: "Tight, dark green broccoli heads cut in the early morning and cooled straight away to keep them crisp. Steam briefly or roast until the florets char.",
    skus: [{ code: "BRO-1PC", name: "1 head", qty: 1, unit: "EACH", packaging: "sleeve", retail: 149 }],
  },
  {
    slug: "cauliflower", name: "Cauliflower", category: "vegetables", crop: "cauliflower", temp: [1, 4], shelfLifeDays: 8, mlPerG: 2.5, unitG: 800,
    keywords: "cauli bloemkool cauliflower head",
    description: "A large, snow-white cauliflower with its protective leaves still on. Roast it whole, make cauliflower cheese or blitz it into a velvety soup.",
    skus: [{ code: "CAU-1PC", name: "1 head", qty: 1, unit: "EACH", packaging: "loose", retail: 229 }],
  },
  {
    slug: "red-cabbage", name: "Red cabbage", category: "vegetables", crop: "cabbage", temp: [1, 4], shelfLifeDays: 30, mlPerG: 1.4, unitG: 1000,
    keywords: "rodekool purple cabbage cabbage",
    description: "A dense, heavy red cabbage from the autumn fields. Braise it with apple and cloves, or shred it raw into a crunchy slaw.",
    skus: [{ code: "CAB-RED-1PC", name: "1 head", qty: 1, unit: "EACH", packaging: "loose", retail: 149 }],
  },
  {
    slug: "brussels-sprouts", name: "Brussels sprouts", category: "vegetables", crop: "brussels sprouts", temp: [1, 4], shelfLifeDays: 10, mlPerG: 2,
    keywords: "sprouts spruitjes brussel sprouts",
    description: "Small, tightly closed sprouts picked after the first frosts, when they taste nutty and sweet. Halve and pan-fry them with bacon or chestnuts.",
    skus: [
      { code: "BRU-500G", name: "500 g bag", qty: 500, unit: "G", packaging: "bag", retail: 199 },
      { code: "BRU-1KG", name: "1 kg bag", qty: 1, unit: "KG", packaging: "bag", retail: 349 },
    ],
  },
  {
    slug: "green-beans", name: "Green beans", category: "vegetables", crop: "beans", temp: [4, 7], shelfLifeDays: 6, mlPerG: 3,
    keywords: "french beans string beans sperziebonen haricots verts",
    description: "Slim, stringless green beans that snap when bent. Blanch them for a couple of minutes and toss with butter and garlic.",
    skus: [{ code: "BEA-GRN-400G", name: "400 g bag", qty: 400, unit: "G", packaging: "bag", retail: 249 }],
  },
  {
    slug: "butternut-squash", name: "Butternut squash", category: "vegetables", crop: "pumpkins", temp: [10, 15], shelfLifeDays: 60, mlPerG: 1.3, unitG: 1100,
    keywords: "pumpkin squash flespompoen butternut",
    description: "A bell-shaped squash with smooth orange flesh and a nutty sweetness. Roast it in wedges, purée it into soup or fill it with grains.",
    skus: [{ code: "SQU-BUT-1PC", name: "1 piece", qty: 1, unit: "EACH", packaging: "loose", retail: 199 }],
  },
];
