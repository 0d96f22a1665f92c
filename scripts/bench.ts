// `npm run bench`: runs every benchmark and prints its figures and ratio to its same-run baseline.
import { benchActor } from "../server/identity/actor.bench";
import { benchRelay } from "../server/events/relay.bench";
import { benchReservations } from "../server/inventory/reserve.bench";

const benches = [benchRelay, benchActor, benchReservations];
for (const bench of benches) {
  const result = await bench();
  const fmt = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(3)) : v]));
  console.log(JSON.stringify(fmt));
}
