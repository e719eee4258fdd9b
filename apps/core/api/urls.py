from .resources import SourceViewSet

routes = [("sources", SourceViewSet, "source")]
