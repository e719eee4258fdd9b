from .views import ContactPointViewSet, MembershipViewSet, PartyViewSet

routes = [
    ("parties", PartyViewSet, "party"),
    ("memberships", MembershipViewSet, "membership"),
    ("contact-points", ContactPointViewSet, "contactpoint"),
]
