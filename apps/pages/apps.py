from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The register's public pages: what anyone may read, without a login."""

    name = "apps.pages"
    verbose_name = _("Public pages")
