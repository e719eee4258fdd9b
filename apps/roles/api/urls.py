from django.urls import path

from .views import (
    ComponentRoleCheckView,
    EcosystemRoleCheckView,
    GoverningBodyViewSet,
    RoleAssignmentViewSet,
    RoleRequirementViewSet,
    RoleTypeViewSet,
)

routes = [
    ("role-types", RoleTypeViewSet, "roletype"),
    ("role-requirements", RoleRequirementViewSet, "rolerequirement"),
    ("role-assignments", RoleAssignmentViewSet, "roleassignment"),
    ("governing-bodies", GoverningBodyViewSet, "governingbody"),
]

#: Reports on another app's resources, by their UUID.
paths = [
    path(
        "components/<uuid:uuid>/role-check",
        ComponentRoleCheckView.as_view(),
        name="component-role-check",
    ),
    path(
        "ecosystems/<uuid:uuid>/role-check",
        EcosystemRoleCheckView.as_view(),
        name="ecosystem-role-check",
    ),
]
