"""API tokens: django-rest-knox tokens, kept as a digest and expiring.

The header stays ``Authorization: Token <key>``. A key is shown once, when it is
made (``manage.py create_api_token``, or the admin); the database holds only its
SHA-512 digest and the first characters that find it. An expired or revoked
(deleted) token is a 401.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from knox.auth import TokenAuthentication
from knox.settings import knox_settings


class ApiTokenAuthentication(TokenAuthentication):
    """``Authorization: Token <key>`` with an expiring, hashed knox token."""


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """The token scheme as the OpenAPI document states it."""

    target_class = "apps.core.authentication.ApiTokenAuthentication"
    name = "tokenAuth"
    priority = 1  # before drf-spectacular's own knox extension

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": str(
                _(
                    "A token of a user with the model's permission, sent as "
                    "`Authorization: Token <key>`. Tokens expire (after %(hours)s "
                    "hours unless made with another lifetime) and can be revoked; "
                    "an expired or revoked token is a 401."
                )
                % {"hours": int(knox_settings.TOKEN_TTL.total_seconds() // 3600)}
            ),
        }
