"""The public pages' cache: a rendered page is kept until the register changes.

Every public page shows published records only and nothing of its reader, so one
rendering serves everyone who asks for the same address, in the same language,
on the same day. Any change to the register (a save, a delete, a change of
links, through the admin, the API or a command) moves the register's version on,
and with it every page's key: no page is served stale. ``PAGES_CACHE_SECONDS``
bounds how long an unchanged page is kept (0 turns the cache off).
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

VERSION_KEY = "pages:register-version"


def register_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY) or ""
    return version


def register_changed(**kwargs: Any) -> None:
    """Receiver of every save, delete and change of links: a new version."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def seconds() -> int:
    return int(getattr(settings, "PAGES_CACHE_SECONDS", 300))


def page_key(request: HttpRequest) -> str:
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return ":".join(
        [
            "pages",
            register_version(),
            timezone.localdate().isoformat(),
            getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE),
            address,
        ]
    )


def cached_page(request: HttpRequest) -> HttpResponse | None:
    if not seconds() or request.method != "GET":
        return None
    stored = cache.get(page_key(request))
    if stored is None:
        return None
    content, status, content_type, disposition = stored
    response = HttpResponse(content, status=status, content_type=content_type)
    if disposition:
        response["Content-Disposition"] = disposition
    response["X-Page-Cache"] = "hit"
    return response


def keep_page(request: HttpRequest, response: HttpResponse) -> None:
    if not seconds() or request.method != "GET" or response.status_code != 200:
        return
    cache.set(
        page_key(request),
        (
            response.content,
            response.status_code,
            response["Content-Type"],
            response.get("Content-Disposition", ""),
        ),
        seconds(),
    )
