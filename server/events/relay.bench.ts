// Benchmark: outbox relay throughput against the database floor (marking the same rows sent with
// one set-based UPDATE), measured in the same run. `npm run bench`.
import { withBenchDb } from "../../scripts/bench-db";
import { emitEvent } from "./outbox";
import { relayOutbox } from "./relay";

const EVENTS = 5_000;

async function fill(db: Parameters<Parameters<typeof withBenchDb>[0]>[0], round: number) {
  for (let i = 0; i < EVENTS; i += 500) {
    await db.$transaction(async (tx) => {
      for (let j = i; j < i + 500; j++) await emitEvent(tx, { name: "bench/thing.happened", key: `${round}:${j}`, payload: { n: j } });
    });
  }
}

export async function benchRelay() {
  return withBenchDb(async (db) => {
    let round = 0;
    const floor: number[] = [];
    const relay: number[] = [];
    for (let r = 0; r < 3; r++) {
      await fill(db, round++);
      let t = performance.now();
      await db.$executeRaw`UPDATE "OutboxEvent" SET status = 'SENT', "sentAt" = now() WHERE status = 'PENDING'`;
      floor.push(performance.now() - t);
      await fill(db, round++);
      t = performance.now();
      const result = await relayOutbox(db, async () => {}, { batchSize: 500, maxBatches: 100 });
      relay.push(performance.now() - t);
      if (result.sent !== EVENTS) throw new Error(`relay sent ${result.sent} of ${EVENTS}`);
    }
    const med = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    return {
      name: "outbox relay",
      events: EVENTS,
      baselineMs: med(floor),
      relayMs: med(relay),
      relayEventsPerSecond: Math.round(EVENTS / (med(relay) / 1000)),
      ratioToFloor: med(relay) / med(floor),
    };
  });
}
