// Word lists for plausible Dutch names, streets and businesses.
import type { Rng } from "./random";

export const FIRST_NAMES = [
  "Jan", "Pieter", "Kees", "Willem", "Hendrik", "Gerrit", "Evert", "Teun", "Daan", "Sem", "Lucas", "Finn",
  "Thijs", "Bram", "Ruben", "Jesse", "Joost", "Maarten", "Wouter", "Henk", "Bas", "Niels", "Rik", "Stijn",
  "Anna", "Maria", "Sanne", "Lisa", "Emma", "Sophie", "Julia", "Tess", "Eva", "Lotte", "Fleur", "Anouk",
  "Iris", "Marloes", "Femke", "Esther", "Ingrid", "Annelies", "Mieke", "Joke", "Ria", "Noor", "Saar", "Roos",
  "Mohamed", "Ahmed", "Yusuf", "Fatima", "Yasmin", "Samira", "Priya", "Mei", "Tomasz", "Agnieszka", "Luca", "Elena",
] as const;

export const SURNAMES = [
  "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
  "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
  "Dijkstra", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
  "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden", "Schouten", "van Beek",
  "Willems", "van Vliet", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "Prins", "Blom", "Huisman",
  "de Ruiter", "van Wijk", "Kuipers", "Post", "van Veen", "El Amrani", "Yilmaz", "Kowalski", "Bouzid",
] as const;

// Family names common among farmers in the Gelderse Vallei, Kromme Rijn and Eemland.
export const FARM_FAMILIES = [
  "van de Kamp", "Hazeleger", "van Ginkel", "van den Brink", "Hardeman", "van Ravenswaaij", "Schuiteman",
  "van Middendorp", "Roelofsen", "van Essen", "van 't Hul", "Veldhuizen", "Ruitenberg", "van Ommen",
  "van de Burgwal", "Brouwer", "Kok", "Koudijs", "van Hunnik", "Blankespoor", "Verweij", "de Kruijf",
  "van Schaik", "Spelt", "Hoogendoorn", "van Rijn", "Zeldenrust", "Boonzaaijer", "van Woudenberg", "Wolswinkel",
  "van Zuilen", "de Bruijn", "Methorst", "Pothoven", "Hilhorst", "van Beek", "Kuijt", "Elbertsen", "Lagemaat",
  "van Asselt", "Lokhorst", "Bos", "Bakker", "van den Hengel", "Jansen", "de Heus", "Mulder", "Horst",
] as const;

export const RESIDENTIAL_STREETS = [
  "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Hoofdstraat", "Stationsweg", "Julianalaan",
  "Beatrixstraat", "Wilhelminalaan", "Oranjestraat", "Lindenlaan", "Eikenlaan", "Beukenlaan", "Berkenlaan",
  "Kastanjelaan", "Prins Bernhardlaan", "Nieuweweg", "Boslaan", "Emmalaan", "Torenstraat", "Marktstraat",
  "Vijverlaan", "Rozenstraat", "Tulpstraat", "Sportlaan", "Merelstraat", "Lijsterbeslaan", "Populierenlaan",
  "Van Goghlaan", "Rembrandtlaan", "Burgemeester de Withstraat", "Amsterdamsestraatweg", "Biltstraat",
  "Oudegracht", "Nachtegaalstraat", "Wittevrouwenstraat", "Zandweg", "Heideweg", "Parkweg", "Kloosterlaan",
] as const;

export const RURAL_ROADS = [
  "Hessenweg", "Kruiskampweg", "Overeindseweg", "Veenweg", "Boterdijk", "Lange Dijk", "Binnenweg", "Wittenweg",
  "Achterweg", "Veldweg", "Engweg", "Kromme Rijnweg", "Langbroekerdijk", "Schoudermantel", "Hoevelakenseweg",
  "Barneveldsestraat", "Eemdijk", "Zevenhuizerstraat", "Nijkerkerweg", "Houtsbergerweg", "Valleiweg",
] as const;

export const INDUSTRIAL_STREETS = [
  "Industrieweg", "Nijverheidsweg", "Handelsweg", "Transportweg", "Energieweg", "Celsiusweg", "Edisonweg",
  "Newtonweg", "Ambachtsweg", "Vlasakker", "Kelvinbaan", "Databankweg",
] as const;

/** "Sanne van den Berg": the prefix stays lower-case after a first name. */
export const personName = (rng: Rng) => `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;

/** "van de Kamp" -> "Van de Kamp": Dutch capitalises the prefix when no first name precedes it. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SHOP_WORDS = ["De Linde", "Het Hoekje", "De Molen", "De Eik", "De Zwaan", "'t Pleintje", "De Gouden Appel",
  "De Kroon", "Het Veld", "De Boomgaard", "De Zon", "De Regenboog", "Het Anker", "De Klaproos", "De Es"] as const;

export type Segment = "grocery" | "restaurant" | "cafe" | "institution";

/** A business name for a retailer of the given segment, e.g. "Restaurant De Zwaan". */
export function businessName(rng: Rng, segment: Segment, city: string): string {
  const word = rng.pick(SHOP_WORDS);
  const family = capitalise(rng.pick(SURNAMES));
  switch (segment) {
    case "grocery":
      return rng.pick([`Buurtsuper ${word}`, `Versmarkt ${family}`, `Supermarkt ${family} ${city}`, `Natuurwinkel ${word}`]);
    case "restaurant":
      return rng.pick([`Restaurant ${word}`, `Brasserie ${word}`, `Eetcafé ${word}`, `Restaurant ${family}`]);
    case "cafe":
      return rng.pick([`Café ${word}`, `Koffiehuis ${word}`, `Lunchroom ${family}`, `Bakkerij ${family}`]);
    case "institution":
      return rng.pick([`Zorgcentrum ${word}`, `Basisschool ${word}`, `Kinderopvang ${word}`, `Bedrijfsrestaurant ${family}`]);
  }
}

/** A local vendor's shop, e.g. "Groenteboer Van Dijk". */
export const vendorName = (rng: Rng) =>
  rng.pick(["Groenteboer", "Boerenwinkel", "Versmarkt", "Fruithandel", "Groente & Fruit"]) + " " + capitalise(rng.pick(SURNAMES));
