// tRPC callers acting as a given user/membership (or nobody), as the routers see real requests.
import type { Db } from "@/lib/db";
import { createCaller } from "../root";
import { createTRPCContext } from "../trpc";

export function callerAs(db: Db, who: { userId: string; membershipId: string } | null, ip = "203.0.113.7") {
  return createCaller(createTRPCContext({ db, session: who, ip }));
}
