from .views import ContractViewSet, WorkCategoryViewSet

routes = [
    ("work-categories", WorkCategoryViewSet, "workcategory"),
    ("contracts", ContractViewSet, "contract"),
]
