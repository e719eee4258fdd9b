from django.apps import AppConfig, apps
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "apps.core"
    verbose_name = _("Sources")

    def ready(self) -> None:
        from .login import session_login_start
        from .services import coordinator_group_sync_on_migrate

        post_migrate.connect(coordinator_group_sync_on_migrate, sender=self)
        user_logged_in.connect(session_login_start)
        _name_login_apps()


def _name_login_apps() -> None:
    """Dutch and English names in the admin for django-axes and django-rest-knox,
    which ship none (knox) or no Dutch ones (axes; see ``vendor_strings``).

    Only the names shown are set: the options migrations compare
    (``Meta.original_attrs``, a field's ``_verbose_name``) stay untouched.
    """
    apps.get_app_config("axes").verbose_name = _("Logins")
    apps.get_app_config("knox").verbose_name = _("API tokens")
    token = apps.get_model("knox", "AuthToken")
    token._meta.verbose_name = _("API token")
    token._meta.verbose_name_plural = _("API tokens")
    for field_name, label in [
        ("digest", _("digest")),
        ("token_key", _("key starts with")),
        ("user", _("user")),
        ("created", _("created")),
        ("expiry", _("expires")),
    ]:
        token._meta.get_field(field_name).verbose_name = label
