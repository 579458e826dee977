#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (run by hand after
# changing UI strings; the build never writes into the source tree).
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/translations/griddesk_*.ts; do
  lupdate -no-obsolete -locations none src ui -ts "$ts"
done
