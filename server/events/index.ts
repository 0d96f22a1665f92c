// Public API of the events context: producers emit into the outbox, the relay publishes,
// consumers dedupe, operators inspect and redeliver.
export { emitEvent, eventIdFor, type OutboxInput } from "./outbox";
export { relayOutbox, RELAY_DEFAULTS, type PublishFn, type PublishedEvent, type RelayedEvent, type RelayOptions, type RelayResult } from "./relay";
export { backoffMs, DEFAULT_BACKOFF, type BackoffOptions } from "./backoff";
export { onceForEvent } from "./consumer";
export { outboxStats, listDeadLetters, retryDeadLetter, type OutboxStats, type DeadLetter, type DeadLetterFilter } from "./dead-letters";
