// What every service call receives: the database (or a transaction), the caller and a clock.
import type { DbOrTx } from "@/lib/db";
import type { Actor } from "./identity/actor";

export type ServiceContext = {
  db: DbOrTx;
  actor: Actor;
  ip?: string;
  now: () => Date;
};
