// tRPC core: context, the three procedure kinds and the error formatter.
// Every procedure carries meta.access; the RBAC matrix test reads it for every route.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/lib/db";
import { DomainError, type DomainErrorCode, type FieldErrors } from "@/lib/errors";
import { can, type Permission } from "@/lib/rbac";
import { resolveActor, type Actor, type SessionClaims } from "./identity/actor";
import { prismaToDomainError } from "./prisma-errors";

/** Request cookies (the guest cart token); `set` is absent where a response cannot carry cookies. */
export type CookieJar = { get(name: string): string | undefined; set?(name: string, value: string, maxAgeSeconds: number): void };
export type TRPCContext = { db: Db; session: SessionClaims | null; ip: string; now: () => Date; cookies: CookieJar };
export type Access = "public" | "authed" | Permission;
export type Meta = { access: Access };

const NO_COOKIES: CookieJar = { get: () => undefined };

export function createTRPCContext(opts: { db: Db; session: SessionClaims | null; ip?: string; now?: () => Date; cookies?: CookieJar }): TRPCContext {
  return { db: opts.db, session: opts.session, ip: opts.ip ?? "unknown", now: opts.now ?? (() => new Date()), cookies: opts.cookies ?? NO_COOKIES };
}

/** A cookie jar over a request's Cookie header that appends Set-Cookie to the response headers. */
export function requestCookieJar(requestHeaders: Headers, responseHeaders?: Headers, secure = false): CookieJar {
  const parsed = new Map<string, string>();
  for (const part of (requestHeaders.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) parsed.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return {
    get: (name) => parsed.get(name),
    set: responseHeaders
      ? (name, value, maxAge) => {
          parsed.set(name, value);
          responseHeaders.append("Set-Cookie", `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
        }
      : undefined,
  };
}

const TRPC_CODE: Record<DomainErrorCode, TRPCError["code"]> = {
  VALIDATION: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "CONFLICT",
  INSUFFICIENT_STOCK: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

/** Zod issues as { "dotted.path": messages }. */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const t = initTRPC
  .context<TRPCContext>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const domain = cause instanceof DomainError ? cause : undefined;
      const fieldErrors = cause instanceof ZodError ? zodFieldErrors(cause) : domain?.fieldErrors;
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        // Never leak internals of an unexpected failure to the caller.
        message: internal ? "Something went wrong on our side. Please try again." : cause instanceof ZodError ? "Please correct the highlighted fields." : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          domainCode: domain?.code ?? (cause instanceof ZodError ? "VALIDATION" : null),
          fieldErrors: fieldErrors ?? null,
          details: domain?.details ?? null,
        },
      };
    },
  });

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** Turns DomainErrors (and known Prisma errors) into TRPCErrors with the right HTTP status. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    const domain = cause instanceof DomainError ? cause : prismaToDomainError(cause);
    if (domain) throw new TRPCError({ code: TRPC_CODE[domain.code], message: domain.message, cause: domain });
  }
  return result;
});

const base = t.procedure.use(mapDomainErrors);

export const publicProcedure = base.meta({ access: "public" });

const requireActor = t.middleware(async ({ ctx, next }) => {
  const actor = await resolveActor(ctx.db, ctx.session);
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, actor } satisfies TRPCContext & { actor: Actor } });
});

export const authedProcedure = base.meta({ access: "authed" }).use(requireActor);

/** A procedure open to roles whose permissions include `permission`, scoped to the active hub/organisation. */
export function permittedProcedure(permission: Permission) {
  return base
    .meta({ access: permission })
    .use(requireActor)
    .use(async ({ ctx, next }) => {
      if (!can(ctx.actor.role, permission)) {
        throw new TRPCError({ code: "FORBIDDEN", message: `Your role cannot do this (needs ${permission}).` });
      }
      return next();
    });
}

/** The service context a router hands to its service call. */
export function serviceCtx(ctx: TRPCContext & { actor: Actor }) {
  return { db: ctx.db, actor: ctx.actor, ip: ctx.ip, now: ctx.now };
}
