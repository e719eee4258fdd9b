#!/usr/bin/env bash
# Lint an OpenAPI document against the vendored NL API Design Rules (ADR 2.2)
# Spectral ruleset (vendor/adr/spectral.yml). Works offline once node_modules/
# is installed; installs it from package-lock.json via `npm ci` if missing.
#
# Usage: bin/lint-openapi.sh path/to/openapi.json
# Exit status: 0 if no error-severity findings, non-zero otherwise.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 path/to/openapi.json" >&2
    exit 2
fi

# Resolve the document relative to the caller's working directory, then run
# from the repository root so the ruleset and node_modules paths are stable.
if [[ ! -f "$1" ]]; then
    # Spectral does not reliably fail on a missing input file
    # (https://github.com/stoplightio/spectral/issues/2675), so check here.
    echo "error: OpenAPI document '$1' does not exist" >&2
    exit 2
fi
document="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ ! -x node_modules/.bin/spectral ]]; then
    # @scarf/scarf (a Spectral dependency) has an analytics postinstall hook.
    export SCARF_ANALYTICS=false
    npm ci --no-audit --no-fund --silent
fi

node_modules/.bin/spectral lint --fail-severity=error --ruleset vendor/adr/spectral.yml "$document"
