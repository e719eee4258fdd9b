from django.urls import path

from . import views

app_name = "pages"

# Dutch addresses, as the site is Dutch by default; the pages follow the
# reader's language whatever the address.
urlpatterns = [
    path("componenten/<slug:slug>/", views.ComponentView.as_view(), name="component"),
    path("partijen/", views.PartyListView.as_view(), name="parties"),
    path("partijen/<slug:slug>/", views.PartyView.as_view(), name="party"),
    path("mijn-gemeente/", views.MunicipalityView.as_view(), name="municipality"),
    path(
        "mijn-gemeente/<slug:slug>/",
        views.MunicipalityDetailView.as_view(),
        name="municipality-detail",
    ),
    path("contracten/", views.ContractListView.as_view(), name="contracts"),
    path("contracten/<uuid:uuid>/", views.ContractView.as_view(), name="contract"),
    path("wie-betaalt-wat/", views.FundingView.as_view(), name="funding"),
    path("doelen/", views.GoalsView.as_view(), name="goals"),
    path("zoeken/", views.SearchView.as_view(), name="search"),
    path("taal/<str:code>/", views.language_switch, name="language"),
]
