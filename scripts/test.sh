#!/usr/bin/env bash
# The whole test suite, as `npm test` runs it (and CI through .ci/run, after `npm ci`). Each step
# stops the run on failure; the browser step installs Chromium and fonts when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "Browser and fonts"
bash scripts/ensure-browser.sh

step "Type check (src, stories, tests)"
npx tsc --noEmit

step "Build"
npm run build --silent

step "Unit, server-render and package tests"
npx vitest run --project unit --project ssr --project package --project fuzz --project security --project hydration --project hydration-react18

step "Stories in Chromium (interactions + axe)"
npx vitest run --project storybook

step "Static Storybook build"
npm run build-storybook --silent

step "Visual regression + axe (light/dark × ltr/rtl)"
npm run test:visual --silent

step "Visual failure proof"
node scripts/visual/prove-failure.mjs

step "Consumers from the packed tarball (Next.js App Router, Vite + React 18)"
node tests/consumers/run.mjs

step "npm publish --dry-run"
# Must succeed with no warning but the expected ones: not logged in (a dry run needs no login) and
# the machine's unknown "nodedir" npm config (from the user config or the environment).
publish_log="$(npm publish --dry-run 2>&1)" || { printf '%s\n' "$publish_log"; exit 1; }
publish_warnings="$(printf '%s\n' "$publish_log" | grep -i 'npm warn' | grep -v -e 'config "nodedir"' -e 'requires you to be logged in' || true)"
if [ -n "$publish_warnings" ]; then
  printf '%s\n' "$publish_warnings"
  exit 1
fi
printf '%s\n' "$publish_log" | grep -E 'total files|package size|Publishing to'
