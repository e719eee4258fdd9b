"""gunicorn settings for production (the Docker image starts
``gunicorn -c gunicorn.conf.py openzaak_governance.wsgi``).

Limits are the backstop behind the app's own: Django answers a URL over
``MAX_URL_LENGTH`` (4096) with a 414 problem+json itself, so gunicorn's request
line limit is set above it; only lines over 8190 bytes get gunicorn's own 414.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))

# A worker that has not answered in this many seconds is restarted. The
# database's connect and statement timeouts (DATABASE_CONNECT_TIMEOUT,
# DATABASE_STATEMENT_TIMEOUT: 5 s) end a slow request well before.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5

# Request limits (README: Running it in production).
limit_request_line = 8190  # the most gunicorn allows; above MAX_URL_LENGTH
limit_request_fields = 100
limit_request_field_size = 8190
