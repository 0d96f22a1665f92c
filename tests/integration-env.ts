// lib/env.ts validates at import; integration tests get their database URL per file instead.
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
process.env.JOBS_ENGINE ??= "local";
process.env.LOG_LEVEL ??= "warn";
