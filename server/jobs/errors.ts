// Failures that retrying cannot fix: engines stop retrying (pg-boss: straight to the dead-letter
// queue; Inngest: NonRetriableError).

/** Thrown by a job (or the runner) when another attempt would fail the same way. */
export class NonRetriableJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NonRetriableJobError";
  }
}

/** The payload did not match the job's zod schema. */
export class InvalidJobPayloadError extends NonRetriableJobError {
  constructor(message: string) {
    super(message);
    this.name = "InvalidJobPayloadError";
  }
}

/** A job id that is not in the registry handed to the engine. */
export class UnknownJobError extends NonRetriableJobError {
  constructor(jobId: string) {
    super(`Unknown job "${jobId}"`);
    this.name = "UnknownJobError";
  }
}
