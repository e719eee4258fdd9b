from .views import ComponentViewSet, EcosystemViewSet, StandardViewSet

routes = [
    ("components", ComponentViewSet, "component"),
    ("standards", StandardViewSet, "standard"),
    ("ecosystems", EcosystemViewSet, "ecosystem"),
]
