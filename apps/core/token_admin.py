"""API tokens in the admin: the coordinator sees who holds which token until
when, and revokes one by deleting it. A new token's key is shown once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db.models import Model
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

import knox.admin  # noqa: F401  (registers knox's admin, replaced below)
from knox.models import AuthToken
from knox.settings import knox_settings

from .services import api_token_create


class ApiTokenCreateForm(forms.Form):
    """Who the token is for and how long it holds (never forever)."""

    user = forms.ModelChoiceField(
        label=_("user"), queryset=get_user_model().objects.filter(is_active=True)
    )
    lifetime_hours = forms.IntegerField(
        label=_("lifetime in hours"),
        min_value=1,
        initial=lambda: int(knox_settings.TOKEN_TTL.total_seconds() // 3600),
    )

    def __init__(self, *args: Any, instance: Model | None = None, **kwargs: Any):
        kwargs.pop("use_required_attribute", None)
        super().__init__(*args, **kwargs)
        self.instance = instance
        self.key = ""

    def save(self, commit: bool = True) -> AuthToken:
        self.instance, self.key = api_token_create(
            user=self.cleaned_data["user"],
            lifetime=timedelta(hours=self.cleaned_data["lifetime_hours"]),
        )
        return self.instance

    def save_m2m(self) -> None:
        pass


admin.site.unregister(AuthToken)


@admin.register(AuthToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "token_key", "created", "expiry", "still_valid")
    list_filter = ("expiry",)
    search_fields = ("user__username", "token_key")
    list_select_related = ("user",)
    ordering = ("-created",)
    fields = ("user", "token_key", "created", "expiry")
    readonly_fields = fields

    @admin.display(boolean=True, description=_("valid"))
    def still_valid(self, token: AuthToken) -> bool:
        return token.expiry is None or token.expiry > timezone.now()

    def has_change_permission(
        self, request: HttpRequest, obj: AuthToken | None = None
    ) -> bool:
        return False  # a token is made or revoked, never edited

    def get_form(
        self, request: HttpRequest, obj: AuthToken | None = None, **kwargs: Any
    ) -> type[forms.BaseForm]:
        if obj is None:
            return ApiTokenCreateForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request: HttpRequest, obj: AuthToken | None = None) -> Any:
        return ("user", "lifetime_hours") if obj is None else self.fields

    def get_readonly_fields(
        self, request: HttpRequest, obj: AuthToken | None = None
    ) -> Any:
        return () if obj is None else self.readonly_fields

    def save_model(
        self, request: HttpRequest, obj: AuthToken, form: ModelForm, change: bool
    ) -> None:
        """The form made the token; show its key, this once."""
        self.message_user(
            request,
            gettext(
                "The new token's key is %(key)s. Copy it now: it is stored only "
                "as a digest and cannot be shown again."
            )
            % {"key": form.key},
            messages.WARNING,
        )
