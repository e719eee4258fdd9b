"""Test settings: the production settings with a throw-away key and fast hashing.

Everything else (database from ``DATABASE_URL``, ``DEBUG`` off) is as in production,
so the suite checks what runs there.
"""

import os
import secrets

# A fresh strong key per run: production settings refuse a weak one.
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ["READ_DOT_ENV"] = "false"  # a developer's .env must not change the tests

from openzaak_governance.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# No collectstatic manifest in tests; the live server serves the source files.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# The test client and the live server speak plain http (HSTS stays on: it is only
# sent on https responses, which a test asks for with secure=True).
SECURE_SSL_REDIRECT = False

# One process with its own memory cache: the page cache can be on (and tested).
PAGES_CACHE_SECONDS = 300
