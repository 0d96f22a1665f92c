// next-auth configuration: email + password (credentials) with JWT sessions that carry the
// active membership. Access itself is re-resolved from the database on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { authenticate, listMyMemberships } from "./identity";

/** Client IP behind a proxy: the first x-forwarded-for hop, else x-real-ip. */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const get = (name: string) => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "unknown";
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          const { userId } = await authenticate(getDb(), { email: credentials?.email, password: credentials?.password, ip: clientIp(req?.headers) });
          const [first] = await listMyMemberships(getDb(), userId);
          return { id: userId, membershipId: first?.id ?? null };
        } catch (error) {
          // next-auth passes the message to the sign-in page as ?error=...
          if (error instanceof DomainError) throw new Error(error.code === "RATE_LIMITED" ? "RATE_LIMITED" : "INVALID_CREDENTIALS");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user) token.membershipId = (user as { membershipId?: string | null }).membershipId ?? null;
      if (trigger === "update" && session && typeof session.membershipId === "string" && token.sub) {
        // Switch only to a membership the user really holds.
        const mine = await listMyMemberships(getDb(), token.sub);
        if (mine.some((m) => m.id === session.membershipId)) token.membershipId = session.membershipId;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub ?? null, membershipId: (token.membershipId as string | null) ?? null };
    },
  },
};
