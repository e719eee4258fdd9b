"""``manage.py load_demo``: the OpenZaak ecosystem as demo data."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.core.management.base import TranslatedCommand
from apps.demo.seed import demo_counts, demo_load
from apps.parties.models import Party


class Command(TranslatedCommand):
    help = _(
        "Load the OpenZaak ecosystem from the seed documents as demo data. "
        "Running it again updates the same records."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help=str(
                _(
                    "Only load when the register holds no parties yet, so that "
                    "the coordinator's own changes are kept."
                )
            ),
        )

    def handle(self, *args: Any, if_empty: bool = False, **options: Any) -> None:
        if if_empty and Party.objects.exists():
            self.stdout.write(
                gettext("The register already holds parties; the demo is not loaded.")
            )
            return
        with transaction.atomic():
            demo_load()
        self.stdout.write(self.style.SUCCESS(gettext("Demo data loaded.")))
        for model, count in demo_counts().items():
            self.stdout.write(
                gettext("  %(records)s: %(count)d")
                % {"records": model._meta.verbose_name_plural, "count": count}
            )
