// The only place that reads process.env: validated once, typed everywhere else.
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  // Jobs: Inngest in production when keys or the dev flag are present, else the local engine.
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_DEV: z.string().optional(),
  JOBS_ENGINE: z.enum(["local", "inngest", "off"]).optional(),
  // Stripe (wired in the commerce issue).
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  // Tests point the real SDK at a local fake (server/testing/fake-stripe.ts), e.g. "http://127.0.0.1:12111".
  STRIPE_API_BASE: z.string().url().optional(),
  // The hub whose catalog the public shop shows (slug); the oldest hub when unset.
  STOREFRONT_HUB_SLUG: z.string().min(1).optional(),
  // Notification e-mail: sent over SMTP when SMTP_URL is set (smtp://user:pass@host:587), else written as .eml files under FURROW_DATA_DIR/mail.
  MAIL_FROM: z.string().min(3).default("Furrow <orders@furrow.local>"),
  SMTP_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // Media storage: local disk under FURROW_DATA_DIR/uploads (or UPLOADS_DIR) unless S3_BUCKET is set.
  FURROW_DATA_DIR: z.string().optional(),
  UPLOADS_DIR: z.string().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0"]).optional().transform((v) => v === "true" || v === "1"),
  // Signs expiring file links; falls back to NEXTAUTH_SECRET.
  FILE_SIGNING_SECRET: z.string().min(16).optional(),
  // Sign-in throttling (failures inside the window).
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
});

export type Env = z.infer<typeof ZEnv>;

function load(): Env {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${fields}`);
  }
  return parsed.data;
}

export const env: Env = load();

/** Which engine runs jobs in this process. */
export function jobsEngine(): "local" | "inngest" | "off" {
  if (env.JOBS_ENGINE) return env.JOBS_ENGINE;
  return env.INNGEST_SIGNING_KEY || env.INNGEST_DEV ? "inngest" : "local";
}

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide one");
  return env.DATABASE_URL;
}
