// Publishing outbox events to Inngest: the outbox id becomes the Inngest event id, which Inngest
// deduplicates (24 h), so a relay that re-publishes after a crash does not start runs twice.
import type { Inngest } from "inngest";
import type { PublishFn } from "@/server/events";

/** A PublishFn that sends each event as { id, name, data: payload } in one batch request. */
export function inngestPublisher(client: Inngest.Any): PublishFn {
  return async (events) => {
    if (events.length === 0) return;
    await client.send(events.map((e) => ({ id: e.id, name: e.name, data: e.payload })));
  };
}
