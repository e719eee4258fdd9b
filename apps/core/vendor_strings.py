"""Strings of libraries that ship no Dutch translation, for our catalogue.

Django 5.2 changed the message of its minimum length validator to a ``%d``
placeholder, and its Dutch catalogue has no entry for that message yet.

django-axes (the login attempts in the admin) has no Dutch catalogue. Its labels
are lazily translated, so a Dutch entry in ``locale/nl`` translates them; listed
here, ``make messages`` keeps those entries. Not imported anywhere.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

AXES_STRINGS = [
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
    gettext_noop("Access lock out"),
    gettext_noop("Attempt Remaining"),
    gettext_noop("Attempt Time"),
    gettext_noop("Clean up expired attempts"),
    gettext_noop("Failed Logins"),
    gettext_noop("Form Data"),
    gettext_noop("GET Data"),
    gettext_noop("HTTP Accept"),
    gettext_noop("IP Address"),
    gettext_noop("Locked Out"),
    gettext_noop("Logout Time"),
    gettext_noop("Meta Data"),
    gettext_noop("Not set"),
    gettext_noop("Path"),
    gettext_noop("POST Data"),
    gettext_noop("Session key hash (sha256)"),
    gettext_noop("User Agent"),
    gettext_noop("Username"),
]

DJANGO_STRINGS = [
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        12,
    ),
]
