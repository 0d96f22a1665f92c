// step.run outside Inngest: runs the function at once, records it, and returns its JSON round
// trip so code that works here also works when Inngest memoizes step results as JSON.
import type { Jsonified, JobLogger, StepTools } from "./define";

export type StepRecord = { id: string; ms: number; ok: boolean };

/** A StepTools that calls each step directly and keeps a record of ids, durations and outcomes. */
export function createLocalStep(logger?: JobLogger): StepTools & { records: StepRecord[] } {
  const records: StepRecord[] = [];
  return {
    records,
    async run<T>(stepId: string, fn: () => Promise<T> | T): Promise<Jsonified<T>> {
      const started = performance.now();
      try {
        const value = await fn();
        records.push({ id: stepId, ms: Math.round(performance.now() - started), ok: true });
        logger?.debug(`step ${stepId} done`, { ms: records.at(-1)!.ms });
        return (value === undefined ? undefined : JSON.parse(JSON.stringify(value))) as Jsonified<T>;
      } catch (error) {
        records.push({ id: stepId, ms: Math.round(performance.now() - started), ok: false });
        throw error;
      }
    },
  };
}
