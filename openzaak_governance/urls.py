from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.db import transaction
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from drf_spectacular.views import (
    SpectacularJSONAPIView,
    SpectacularSwaggerView,
    SpectacularYAMLAPIView,
)

from apps.components.api.urls import routes as component_routes
from apps.contracts.api.urls import routes as contract_routes
from apps.core import health
from apps.core.api.errors import problem_view
from apps.core.api.root import ApiRootView, NotFoundView, router
from apps.core.api.schema import PublicSchemaMixin
from apps.core.api.urls import routes as core_routes
from apps.core.faults import server_error_view
from apps.funding.api.urls import routes as funding_routes
from apps.goals.api.urls import routes as goal_routes
from apps.pages.views import HomeView
from apps.parties.api.urls import routes as party_routes
from apps.roles.api.urls import paths as role_paths
from apps.roles.api.urls import routes as role_routes
from apps.timeline.api.urls import routes as timeline_routes

for prefix, viewset, basename in [
    *party_routes,
    *component_routes,
    *role_routes,
    *contract_routes,
    *funding_routes,
    *goal_routes,
    *timeline_routes,
    *core_routes,
]:
    router.register(prefix, viewset, basename=basename)

router.include_root_view = False  # the root is /api/v1, without a trailing slash


class SchemaJSONView(PublicSchemaMixin, SpectacularJSONAPIView):
    pass


class SchemaYAMLView(PublicSchemaMixin, SpectacularYAMLAPIView):
    pass


# Views that need no database run outside ATOMIC_REQUESTS, so that they keep
# answering while the database is down.
no_database = transaction.non_atomic_requests

api_v1 = [
    path("openapi.json", no_database(SchemaJSONView.as_view()), name="schema"),
    path("openapi.yaml", no_database(SchemaYAMLView.as_view()), name="schema-yaml"),
    path(
        "docs",
        no_database(SpectacularSwaggerView.as_view(url_name="schema")),
        name="api-docs",
    ),
    *role_paths,
    path("", include(router.urls)),
]

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("", include("apps.pages.urls")),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("health/live", health.live, name="health-live"),
    path("health/ready", health.ready, name="health-ready"),
    path("api/v1", no_database(ApiRootView.as_view()), name="api-root"),
    path("api/v1/", include(api_v1)),
    # Any other path under /api/ is a problem+json 404, whatever it holds (a
    # newline too, which "." would not match) and also with DEBUG on, where
    # Django's own 404 page would be HTML.
    re_path(r"^api/[\s\S]*\Z", no_database(NotFoundView.as_view())),
]

handler400 = problem_view(400, _("Bad request."), "bad_request")
handler403 = problem_view(403, _("Not allowed."), "permission_denied")
handler404 = problem_view(404, _("Not found."), "not_found")
# A database fault outside a view (e.g. saving the session) is a 503 too.
handler500 = server_error_view(problem_view(500, _("Server error."), "server_error"))

if settings.DEBUG:
    urlpatterns += static(settings.STATIC_URL, document_root=settings.STATIC_ROOT)
