"""Passwords follow OWASP ASVS level 2: long, not common, not the user's name."""

from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import translation

import pytest


def _problems(password: str, user: User | None = None) -> list[str]:
    with pytest.raises(ValidationError) as error:
        validate_password(password, user)
    return error.value.messages


def test_zomer2026_is_refused():
    with translation.override("en"):
        problems = _problems("Zomer2026")

    assert any("at least 12 characters" in problem for problem in problems)


def test_a_password_of_eleven_characters_is_too_short():
    with translation.override("en"):
        problems = _problems("kx7#Lq2!mPz")

    assert problems == [
        "This password is too short. It must contain at least 12 characters."
    ]


def test_a_long_common_password_is_refused():
    with translation.override("en"):
        problems = _problems("qwerty123456")

    assert problems == ["This password is too common."]


def test_a_long_numeric_password_is_refused():
    with translation.override("en"):
        problems = _problems("839201746529")

    assert "This password is entirely numeric." in problems


def test_a_password_like_the_username_is_refused():
    user = User(username="coordinator-amsterdam")

    with translation.override("en"):
        problems = _problems("coordinator-amsterdam1", user)

    assert problems == ["The password is too similar to the username."]


def test_the_messages_are_dutch():
    with translation.override("nl"):
        problems = _problems("Zomer2026")

    assert problems == ["Dit wachtwoord is te kort. De minimale lengte is 12 tekens."]


def test_a_long_uncommon_password_is_accepted():
    validate_password("vier-paarden-op-de-dijk", User(username="coordinator"))


@pytest.mark.django_db
def test_the_generated_coordinator_password_passes_the_rules(capsys):
    call_command("coordinator_login")

    password = capsys.readouterr().out.strip().rsplit("'", 2)[-2]
    user = User.objects.get(username="coordinator")
    validate_password(password, user)
    assert user.check_password(password)


@pytest.mark.django_db
def test_coordinator_login_refuses_a_weak_password():
    with pytest.raises(CommandError):
        call_command("coordinator_login", password="Zomer2026")

    assert not User.objects.filter(username="coordinator").exists()
