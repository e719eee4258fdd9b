from .views import EventViewSet

routes = [("events", EventViewSet, "event")]
