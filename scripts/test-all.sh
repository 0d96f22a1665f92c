#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit, integration (real PostgreSQL), next build, browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; SECONDS=0; }
done_step() { printf '   (%ss)\n' "$SECONDS"; }

step "typecheck"; npx tsc --noEmit; done_step
step "lint"; npx eslint . --max-warnings=0; done_step
step "unit tests"; npx vitest run --project unit; done_step
step "integration tests"; npx vitest run --project integration; done_step
step "next build"; npx next build; done_step
step "browser tests"; mkdir -p e2e/artifacts; npx playwright test; done_step
