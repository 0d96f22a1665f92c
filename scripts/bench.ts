// `npm run bench`: runs every benchmark and prints its figures and ratio to its same-run baseline.
import { benchActor } from "../server/identity/actor.bench";
import { benchRelay } from "../server/events/relay.bench";
import { benchReservations } from "../server/inventory/reserve.bench";
import { benchStorefront } from "../server/catalog/storefront/storefront.bench";
import { benchCheckout } from "../server/commerce/checkout/checkout.bench";
import { benchForecast } from "../server/demand/forecast/forecast.bench";
import { benchPlanning } from "../server/planning/planning.bench";
import { benchPooling } from "../server/demand/pools/pooling.bench";

const benches = [benchRelay, benchActor, benchReservations, benchStorefront, benchCheckout, benchPooling, benchPlanning, benchForecast];
// `npm run bench -- storefront reservations` runs only the benches whose function name mentions a word.
const only = process.argv.slice(2).map((a) => a.toLowerCase());
for (const bench of benches.filter((b) => only.length === 0 || only.some((w) => b.name.toLowerCase().includes(w)))) {
  const result = await bench();
  const fmt = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(3)) : v]));
  console.log(JSON.stringify(fmt));
}
