import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { authOptions, clientIp } from "@/server/auth";
import { appRouter } from "@/server/root";
import { createTRPCContext, requestCookieJar } from "@/server/trpc";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async ({ resHeaders }) => {
      const session = await getServerSession(authOptions);
      const claims = session?.userId ? { userId: session.userId, membershipId: session.membershipId } : null;
      const cookies = requestCookieJar(req.headers, resHeaders, new URL(req.url).protocol === "https:");
      return createTRPCContext({ db: getDb(), session: claims, ip: clientIp(req.headers), cookies });
    },
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error("trpc.error", { path, message: error.message, cause: String(error.cause) });
    },
  });
}

export { handler as GET, handler as POST };
