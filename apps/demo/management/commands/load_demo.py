"""``manage.py load_demo``: the OpenZaak ecosystem as demo data."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.demo.seed import demo_counts, demo_load


class Command(BaseCommand):
    help = _(
        "Load the OpenZaak ecosystem from the seed documents as demo data. "
        "Running it again updates the same records."
    )

    def create_parser(
        self, prog_name: str, subcommand: str, **kwargs: Any
    ) -> CommandParser:
        # argparse formats the description with a regex: it needs a real string.
        self.help = str(self.help)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            demo_load()
        self.stdout.write(self.style.SUCCESS(gettext("Demo data loaded.")))
        for model, count in demo_counts().items():
            self.stdout.write(f"  {model._meta.verbose_name_plural}: {count}")
