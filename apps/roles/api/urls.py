from .views import RoleAssignmentViewSet, RoleTypeViewSet

routes = [
    ("role-types", RoleTypeViewSet, "roletype"),
    ("role-assignments", RoleAssignmentViewSet, "roleassignment"),
]
