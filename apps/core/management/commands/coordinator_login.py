"""Create (or refresh) a local coordinator login and print it."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError, CommandParser
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.core.management.base import TranslatedCommand
from apps.core.services import coordinator_group_sync


class Command(TranslatedCommand):
    help = _(
        "Create or refresh a local coordinator login (staff, member of the "
        "coordinators' group) with a new random password, and print it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="coordinator")
        parser.add_argument(
            "--password",
            default="",
            help=str(
                _(
                    "Use this password instead of a random one (it must pass the "
                    "password rules)."
                )
            ),
        )

    @transaction.atomic
    def handle(self, *args: Any, username: str, password: str, **options: Any) -> None:
        # 24 random characters from 64: far past the minimum length of 12.
        password = password or secrets.token_urlsafe(18)
        user, _created = get_user_model().objects.get_or_create(username=username)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        user.is_staff = True
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.add(coordinator_group_sync())
        self.stdout.write(
            self.style.SUCCESS(
                gettext(
                    "Coordinator login: username '%(username)s', password '%(password)s'"
                )
                % {"username": username, "password": password}
            )
        )
