// Role choices for selects, in the order of the permission matrix.
import { ROLES, ROLE_LABELS, ROLE_ORGANISATION_KIND } from "@/lib/rbac";

export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** The organisation kind a role must be scoped to, or null for hub-wide roles. */
export function organisationKindFor(role: string): string | null {
  return ROLE_ORGANISATION_KIND[role as keyof typeof ROLE_ORGANISATION_KIND] ?? null;
}
