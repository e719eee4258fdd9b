"""Make an API token for a user and print its key, once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from knox.settings import knox_settings

from apps.core.management.base import TranslatedCommand
from apps.core.services import api_token_create


class Command(TranslatedCommand):
    help = _(
        "Make an API token for a user and print its key. Only a digest is "
        "stored: the key cannot be shown again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--expiry-hours",
            type=int,
            default=int(knox_settings.TOKEN_TTL.total_seconds() // 3600),
            help=str(
                _("Hours until the token expires (default: API_TOKEN_TTL_HOURS).")
            ),
        )

    def handle(
        self, *args: Any, username: str, expiry_hours: int, **options: Any
    ) -> None:
        if expiry_hours < 1:
            raise CommandError(gettext("--expiry-hours must be at least 1."))
        try:
            user = get_user_model().objects.get(username=username, is_active=True)
        except get_user_model().DoesNotExist as error:
            raise CommandError(
                gettext("No active user '%(username)s'.") % {"username": username}
            ) from error
        token, key = api_token_create(user=user, lifetime=timedelta(hours=expiry_hours))
        # The key alone on stdout, so that a script can read it; the rest on stderr.
        self.stdout.write(key)
        self.stderr.write(
            gettext("Token for '%(username)s', valid until %(expiry)s.")
            % {"username": username, "expiry": token.expiry.isoformat()},
            style_func=self.style.SUCCESS,
        )
