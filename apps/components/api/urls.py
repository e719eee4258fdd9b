from .views import ComponentViewSet, StandardViewSet

routes = [
    ("components", ComponentViewSet, "component"),
    ("standards", StandardViewSet, "standard"),
]
