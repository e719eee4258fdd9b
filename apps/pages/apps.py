from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The register's public pages: what anyone may read, without a login."""

    name = "apps.pages"
    verbose_name = _("Public pages")

    def ready(self) -> None:
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .cache import register_changed

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(register_changed, dispatch_uid=f"pages-cache-{signal}")
