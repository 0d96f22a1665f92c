// Inngest's endpoint: function registration (PUT), execution (POST) and introspection (GET).
// Served only when Inngest is the job engine; on the local engine it says so instead of failing.
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { jobsEngine } from "@/lib/env";

const handlers = serve({ client: inngest, functions });

type Handler = (req: Request, ctx: unknown) => Promise<Response>;

function onlyWithInngest(handler: Handler): Handler {
  return async (req, ctx) =>
    jobsEngine() === "inngest"
      ? handler(req, ctx)
      : Response.json({ error: "Inngest is not configured here: jobs run on the local engine (set INNGEST_SIGNING_KEY or INNGEST_DEV)." }, { status: 404 });
}

export const GET = onlyWithInngest(handlers.GET as Handler);
export const POST = onlyWithInngest(handlers.POST as Handler);
export const PUT = onlyWithInngest(handlers.PUT as Handler);
