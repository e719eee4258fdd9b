from .views import ContractViewSet, LotViewSet, WorkCategoryViewSet

routes = [
    ("work-categories", WorkCategoryViewSet, "workcategory"),
    ("contracts", ContractViewSet, "contract"),
    ("lots", LotViewSet, "lot"),
]
