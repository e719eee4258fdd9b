#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import secrets
import sys

#: Commands that read only the code and the schema and sign nothing: they run
#: with a throw-away key, so that a checkout without SECRET_KEY (or with a weak
#: one) can still check its migrations or write its catalogue and its OpenAPI
#: document. Every other command, and the server, keep the settings' refusal.
KEYLESS_COMMANDS = {
    "makemigrations",
    "showmigrations",
    "sqlmigrate",
    "makemessages",
    "compilemessages",
    "spectacular",
    "check",
}


def keyless(argv: list[str]) -> bool:
    # `check --deploy` judges the configured key: never hide it.
    return len(argv) > 1 and argv[1] in KEYLESS_COMMANDS and "--deploy" not in argv


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openzaak_governance.settings")
    if keyless(sys.argv):
        os.environ["SECRET_KEY"] = secrets.token_urlsafe(50)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
