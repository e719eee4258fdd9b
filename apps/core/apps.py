from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "apps.core"
    verbose_name = _("Sources")

    def ready(self) -> None:
        from .services import coordinator_group_sync_on_migrate

        post_migrate.connect(coordinator_group_sync_on_migrate, sender=self)
