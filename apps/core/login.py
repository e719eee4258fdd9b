"""Logging in to the admin: the client address, the lockout page and the limits
of a login session.

Guessing is stopped by django-axes (settings ``AXES_*``); this module gives it the
client address the API's throttling uses and a lockout page in the admin's style,
and ends sessions that are idle too long or too old.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext

from rest_framework.throttling import BaseThrottle

#: Session keys: when the user logged in and when they were last active (Unix
#: seconds, as the JSON session serializer keeps them).
LOGIN_AT = "login_at"
LAST_ACTIVITY = "last_activity"

#: The last activity is written at most this often: not every request needs to
#: save the session.
ACTIVITY_RESOLUTION = timedelta(minutes=1)


def client_address(request: HttpRequest) -> str | None:
    """The client's address as the API throttling counts it: ``REMOTE_ADDR``, or,
    behind ``API_NUM_PROXIES`` reverse proxies, the address the nearest proxy
    put in ``X-Forwarded-For`` (so a client cannot choose its own)."""
    return BaseThrottle().get_ident(request) or None


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """The admin's page for a refused login: too many wrong passwords."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),
        "title": gettext("Too many failed logins"),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "lockout_minutes": minutes,
    }
    return render(
        request,
        "admin/locked_out.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def _now() -> int:
    return int(timezone.now().timestamp())


def session_login_start(sender: Any, request: HttpRequest, **kwargs: Any) -> None:
    """``user_logged_in`` receiver: the session's lifetime starts now."""
    if hasattr(request, "session"):
        now = _now()
        request.session[LOGIN_AT] = now
        request.session[LAST_ACTIVITY] = now


class SessionTimeoutMiddleware:
    """Log out a session idle for ``SESSION_IDLE_TIMEOUT`` or older than
    ``SESSION_MAX_AGE`` (OWASP ASVS V3.3), with a message on the next page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if hasattr(request, "session") and request.user.is_authenticated:
            self._check(request)
        return self.get_response(request)

    def _check(self, request: HttpRequest) -> None:
        session = request.session
        now = _now()
        # A session from before this middleware counts from its first request.
        login_at = session.setdefault(LOGIN_AT, now)
        last_activity = session.get(LAST_ACTIVITY, now)
        idle = now - last_activity > settings.SESSION_IDLE_TIMEOUT.total_seconds()
        too_old = now - login_at > settings.SESSION_MAX_AGE.total_seconds()
        if idle or too_old:
            logout(request)
            messages.info(
                request,
                gettext("Your session has expired. Please log in again."),
                fail_silently=True,
            )
        elif (
            LAST_ACTIVITY not in session
            or now - last_activity >= ACTIVITY_RESOLUTION.total_seconds()
        ):
            # Saving the session also moves its expiry (SESSION_COOKIE_AGE).
            session[LAST_ACTIVITY] = now
