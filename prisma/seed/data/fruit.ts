// Fruit from the Kromme Rijn orchards and the berry growers (some berries come from glasshouses).
import type { ProductDef } from "./produce-types";

export const FRUIT: readonly ProductDef[] = [
  {
    slug: "elstar-apples", name: "Elstar apples", category: "fruit", crop: "apples", temp: [1, 4], shelfLifeDays: 30, mlPerG: 1.8,
    keywords: "apples appels elstar eating apples dutch apples",
    description: "The favourite Dutch apple: crisp, juicy and pleasantly tart, with a red blush over yellow skin. Picked in the Kromme Rijn orchards and kept in controlled-atmosphere stores.",
    skus: [
      { code: "APP-ELS-1KG", name: "1 kg bag", qty: 1, unit: "KG", packaging: "bag", retail: 249 },
      { code: "APP-ELS-2KG", name: "2 kg bag", qty: 2, unit: "KG", packaging: "bag", retail: 429 },
    ],
  },
  {
    slug: "jonagold-apples", name: "Jonagold apples", category: "fruit", crop: "apples", temp: [1, 4], shelfLifeDays: 30, mlPerG: 1.8,
    keywords: "apples appels jonagold sweet apples",
    description: "Large, sweet apples with a honeyed flavour and a firm bite. Lovely fresh, and they bake into a soft, fragrant apple pie.",
    skus: [
      { code: "APP-JON-1KG", name: "1 kg bag", qty: 1, unit: "KG", packaging: "bag", retail: 229 },
      { code: "APP-JON-2KG", name: "2 kg bag", qty: 2, unit: "KG", packaging: "bag", retail: 399 },
    ],
  },
  {
    slug: "conference-pears", name: "Conference pears", category: "fruit", crop: "pears", temp: [1, 4], shelfLifeDays: 21, mlPerG: 1.8,
    keywords: "pears peren conference",
    description: "Long, russeted Conference pears with sweet, juicy flesh once ripe. Leave them at room temperature for a day or two until they give slightly at the neck.",
    skus: [
      { code: "PEA-CON-1KG", name: "1 kg bag", qty: 1, unit: "KG", packaging: "bag", retail: 239 },
      { code: "PEA-CON-2KG", name: "2 kg bag", qty: 2, unit: "KG", packaging: "bag", retail: 419 },
    ],
  },
  {
    slug: "doyenne-du-comice-pears", name: "Doyenné du Comice pears", category: "fruit", crop: "pears", temp: [1, 4], shelfLifeDays: 14, mlPerG: 1.8,
    keywords: "pears peren comice dessert pears",
    description: "Plump, buttery dessert pears with melting flesh and a rich aroma. Serve them with a ripe blue cheese or poach them in red wine.",
    skus: [{ code: "PEA-DOY-1KG", name: "1 kg box", qty: 1, unit: "KG", packaging: "box", retail: 299 }],
  },
  {
    slug: "strawberries", name: "Strawberries", category: "fruit", crop: "strawberries", temp: [1, 4], shelfLifeDays: 4, mlPerG: 2.2,
    keywords: "strawberry aardbeien berries",
    description: "Glossy, fragrant strawberries from heated glasshouses, picked fully red. Eat them the day you buy them, at room temperature, for the most flavour.",
    skus: [
      { code: "STR-250G", name: "250 g punnet", qty: 250, unit: "G", packaging: "punnet", retail: 349 },
      { code: "STR-500G", name: "500 g punnet", qty: 500, unit: "G", packaging: "punnet", retail: 599 },
    ],
  },
  {
    slug: "raspberries", name: "Raspberries", category: "fruit", crop: "raspberries", temp: [1, 4], shelfLifeDays: 4, mlPerG: 3,
    keywords: "raspberry frambozen berries",
    description: "Delicate, sweet-sharp raspberries grown under cover for a long season. Handle gently and enjoy them with yoghurt or on a tart.",
    skus: [{ code: "RAS-125G", name: "125 g clamshell", qty: 125, unit: "G", packaging: "clamshell", retail: 299 }],
  },
  {
    slug: "blueberries", name: "Blueberries", category: "fruit", crop: "blueberries", temp: [1, 4], shelfLifeDays: 12, mlPerG: 2,
    keywords: "blueberry blauwe bessen bosbessen berries",
    description: "Firm, dusky blueberries with a sweet, floral taste. Great by the handful, in porridge or baked into muffins.",
    skus: [
      { code: "BLU-125G", name: "125 g punnet", qty: 125, unit: "G", packaging: "punnet", retail: 249 },
      { code: "BLU-250G", name: "250 g punnet", qty: 250, unit: "G", packaging: "punnet", retail: 399 },
    ],
  },
  {
    slug: "blackberries", name: "Blackberries", category: "fruit", crop: "blackberries", temp: [1, 4], shelfLifeDays: 4, mlPerG: 3,
    keywords: "blackberry bramen berries",
    description: "Shiny, thornless blackberries with a deep, winey sweetness. Bake them into a crumble with apples or serve them fresh with cream.",
    skus: [{ code: "BLK-125G", name: "125 g clamshell", qty: 125, unit: "G", packaging: "clamshell", retail: 279 }],
  },
  {
    slug: "red-currants", name: "Red currants", category: "fruit", crop: "red currants", temp: [1, 4], shelfLifeDays: 5, mlPerG: 2.5, outOfSeason: true,
    keywords: "redcurrants rode bessen currants berries",
    description: "Translucent strings of tart red currants, a summer speciality of the Kromme Rijn. Strip them with a fork over desserts or make them into jelly.",
    skus: [{ code: "CUR-RED-125G", name: "125 g punnet", qty: 125, unit: "G", packaging: "punnet", retail: 229 }],
  },
  {
    slug: "sweet-cherries", name: "Sweet cherries", category: "fruit", crop: "cherries", temp: [1, 4], shelfLifeDays: 7, mlPerG: 1.8, outOfSeason: true,
    keywords: "cherries kersen sweet cherries",
    description: "Dark, juicy sweet cherries from the orchards around Wijk bij Duurstede, in season from late June to August. Firm, shiny and best eaten chilled.",
    skus: [{ code: "CHE-500G", name: "500 g punnet", qty: 500, unit: "G", packaging: "punnet", retail: 649 }],
  },
  {
    slug: "plums", name: "Plums", category: "fruit", crop: "plums", temp: [1, 4], shelfLifeDays: 10, mlPerG: 1.7,
    keywords: "plum pruimen stone fruit",
    description: "Late-season plums with purple skins and golden, juicy flesh. Eat them ripe or bake them into a plum cake.",
    skus: [{ code: "PLU-500G", name: "500 g punnet", qty: 500, unit: "G", packaging: "punnet", retail: 249 }],
  },
];
