#!/usr/bin/env bash
# Creates a new migration from prisma/schema.prisma against the local database.
#   npm run db:migrate -- --name <name>
# Pending migrations are deployed first: on the wasm engine, `migrate dev` fails with "shadow DB
# must be provided through an external factory" when it has to apply them itself in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS=--require=./prisma/unref-timers.cjs CHECKPOINT_DISABLE=1
exec npx tsx scripts/with-db.ts -- bash -c 'npx prisma migrate deploy && npx prisma migrate dev --skip-seed "$@"' migrate-dev "$@"
