// The Inngest client (production engine). Keys come from lib/env, the only reader of process.env;
// INNGEST_DEV (local dev server) is honoured by the SDK itself.
import { Inngest } from "inngest";
import { env } from "@/lib/env";

export const inngest = new Inngest({ id: "furrow", eventKey: env.INNGEST_EVENT_KEY, signingKey: env.INNGEST_SIGNING_KEY });
