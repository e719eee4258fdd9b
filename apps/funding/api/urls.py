from .views import FundingStreamViewSet

routes = [("funding-streams", FundingStreamViewSet, "fundingstream")]
