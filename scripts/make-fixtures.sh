#!/bin/sh
# Rebuild fixtures/sample/{pack.txt,pack.html,pack.pdf,pack-lo.pdf} from the seed text (needs node, chromium, soffice); builds dist/ first.
set -e
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.json
exec node scripts/make-fixtures.mjs "$@"
