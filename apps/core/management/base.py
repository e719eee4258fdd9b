"""The base of the project's management commands."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class TranslatedCommand(BaseCommand):
    """A command whose (lazily translated) help text argparse can format."""

    def create_parser(
        self, prog_name: str, subcommand: str, **kwargs: Any
    ) -> CommandParser:
        # argparse formats the description with a regex: it needs a real string.
        self.help = str(self.help)
        return super().create_parser(prog_name, subcommand, **kwargs)
