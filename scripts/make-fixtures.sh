#!/bin/sh
# Rebuild fixtures/sample/{pack.txt,pack.html,pack.pdf,pack-lo.pdf} from the seed text (needs node, chromium, soffice).
set -e
cd "$(dirname "$0")/.."
exec node scripts/make-fixtures.mjs "$@"
