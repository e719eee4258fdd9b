"""The public pages' cache: a rendered page is kept until the register changes.

Every public page shows published records only and nothing of its reader, so one
rendering serves everyone who asks for the same address, in the same language,
on the same day. Any change to the register (a save, a delete, a change of
links, through the admin, the API or a command) moves the register's version on,
and with it every page's key: no page is served stale. ``PAGES_CACHE_SECONDS``
bounds how long an unchanged page is kept (0 turns the cache off); it is off
by default unless ``CACHE_URL`` names a cache that every server process shares,
since a change seen by one process must reach the others.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

VERSION_KEY = "pages:register-version"


def register_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY) or ""
    return version


#: The apps whose records the pages show.
REGISTER_APPS = frozenset(
    {
        "core",
        "parties",
        "components",
        "roles",
        "contracts",
        "funding",
        "goals",
        "timeline",
    }
)

#: The query parameters the pages read; an address with any other is not kept,
#: so nobody fills the cache with made-up addresses.
PARAMETERS = frozenset(
    {
        "op",
        "q",
        "csv",
        "pagina",
        "soort",
        "rol",
        "component",
        "lid_van",
        "opdrachtgever",
        "opdrachtnemer",
        "werk",
        "lopend",
        "jaar",
    }
)


def new_version() -> None:
    """Move the register's version on: every kept page is rendered anew."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def register_changed(sender: Any = None, **kwargs: Any) -> None:
    """Receiver of every save, delete and change of links of a register record:
    a new version at once, and again when the change is committed (a page
    rendered meanwhile from the data before it is not kept past the commit)."""
    if sender is not None and sender._meta.app_label not in REGISTER_APPS:
        return
    new_version()
    transaction.on_commit(new_version)


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


def cacheable(request: HttpRequest) -> bool:
    return (
        bool(seconds()) and request.method == "GET" and set(request.GET) <= PARAMETERS
    )


def cached_page(request: HttpRequest, key: str) -> HttpResponse | None:
    stored = cache.get(key)
    if stored is None:
        return None
    content, status, content_type, disposition = stored
    response = HttpResponse(content, status=status, content_type=content_type)
    if disposition:
        response["Content-Disposition"] = disposition
    response["X-Page-Cache"] = "hit"
    return response


def keep_page(key: str, response: HttpResponse) -> None:
    """Keep ``response`` under ``key``, the key of the version it was rendered
    from (taken before rendering)."""
    if response.status_code != 200:
        return
    cache.set(
        key,
        (
            response.content,
            response.status_code,
            response["Content-Type"],
            response.get("Content-Disposition", ""),
        ),
        seconds(),
    )
