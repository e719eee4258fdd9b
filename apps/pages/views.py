from typing import Any

from django.views.generic import TemplateView

from .selectors import register_summary


class HomeView(TemplateView):
    """The public landing page: what the register holds, at a glance."""

    template_name = "pages/home.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["summary"] = register_summary()
        return context
