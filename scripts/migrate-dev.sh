#!/usr/bin/env bash
# Creates a new migration from prisma/schema.prisma against the local database.
#   npm run db:migrate -- --name <name>
set -euo pipefail
cd "$(dirname "$0")/.."
exec npx tsx scripts/with-db.ts -- env NODE_OPTIONS=--require=./prisma/unref-timers.cjs npx prisma migrate dev --skip-seed "$@"
