// The named demo accounts, one per role, all sharing one password. Tests, e2e journeys and
// the README read this list rather than repeating emails.
import type { Role } from "@/generated/prisma/client";
import { CARRIERS, CLUSTERS, OPERATOR, buyerCode, farmCode, vendorCode } from "./ids";

export const DEMO_PASSWORD = "harvest-demo-2026";

export type DemoUser = { role: Role; email: string; name: string; organisationCode: string | null };

/** consumer@furrow.demo, cluster-coordinator@furrow.demo, ... */
export const demoEmail = (role: Role) => `${role.toLowerCase().replaceAll("_", "-")}@furrow.demo`;

const user = (role: Role, name: string, organisationCode: string | null): DemoUser => ({ role, email: demoEmail(role), name, organisationCode });

export const DEMO_USERS: readonly DemoUser[] = [
  user("CONSUMER", "Sanne de Vries", null),
  user("GROWER", "Gerrit van de Kamp", farmCode(1)),
  user("CLUSTER_COORDINATOR", "Marloes Hazeleger", CLUSTERS[0].code),
  user("SELLER", "Kees Visser", vendorCode(1)),
  user("BUYER", "Fatima El Amrani", buyerCode(1)),
  user("PLANNER", "Daan Bakker", OPERATOR.code),
  user("WAREHOUSE", "Ruben Mulder", OPERATOR.code),
  user("DISPATCHER", "Anouk Smit", OPERATOR.code),
  user("DRIVER", "Tomasz Kowalski", CARRIERS[0].code),
  user("FINANCE", "Ingrid Dekker", OPERATOR.code),
  user("MARKETING", "Lotte de Graaf", OPERATOR.code),
  user("SUPPORT", "Yasmin Bouzid", OPERATOR.code),
  user("ADMIN", "Willem Jansen", OPERATOR.code),
  user("DEVELOPER", "Priya Raman", OPERATOR.code),
];

/** Extra memberships for demo users, e.g. the admin can switch to the developer role. */
export const DEMO_EXTRA_MEMBERSHIPS: readonly { email: string; role: Role; organisationCode: string | null }[] = [
  { email: demoEmail("ADMIN"), role: "DEVELOPER", organisationCode: OPERATOR.code },
];
