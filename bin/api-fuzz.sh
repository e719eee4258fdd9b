#!/usr/bin/env bash
# Property-based run of schemathesis against the API's own OpenAPI document:
# every GET operation, valid and invalid inputs, checking that the server never
# errors and that status codes, content types and bodies match the document.
#
# It serves the app with gunicorn on 127.0.0.1 over a scratch SQLite database
# holding the demo data, and stops it afterwards. Request lines are not limited
# (gunicorn answers over-long ones with its own HTML 414, which is not the app;
# the app answers URLs over MAX_URL_LENGTH with a 414 problem+json itself).
#
# Usage: bin/api-fuzz.sh            (FUZZ_EXAMPLES=25 FUZZ_SEED=20261123 by default)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port="${FUZZ_PORT:-8765}"
examples="${FUZZ_EXAMPLES:-25}"
seed="${FUZZ_SEED:-20261123}"
work="$(mktemp -d)"

export DEBUG=false
SECRET_KEY="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')"
export SECRET_KEY
export SECURE_SSL_REDIRECT=false  # plain http on 127.0.0.1
export ALLOWED_HOSTS=127.0.0.1
export DATABASE_URL="sqlite:///$work/db.sqlite3"
export API_THROTTLE_ANON=1000000/minute
export API_THROTTLE_USER=1000000/minute
export LOG_LEVEL=ERROR

.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py load_demo >/dev/null

.venv/bin/gunicorn -c gunicorn.conf.py openzaak_governance.wsgi --bind "127.0.0.1:$port" --workers 2 \
  --limit-request-line 0 --log-level warning --pid "$work/gunicorn.pid" &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/openapi.json" && break
  sleep 0.2
done

.venv/bin/schemathesis run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --url "http://127.0.0.1:$port/api/v1" \
  --include-method GET \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection \
  --mode all \
  --max-examples "$examples" \
  --seed "$seed" \
  --workers 2
