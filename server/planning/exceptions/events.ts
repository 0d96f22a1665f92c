// Events of shortage handling (ARCHITECTURE.md §4: ShortageDetected is written by the plan run,
// SubstitutionApplied here, once per order whose lines change).
export const EXCEPTION_EVENTS = {
  substitutionApplied: "planning/substitution.applied",
  substitutionDeclined: "planning/substitution.declined",
} as const;
