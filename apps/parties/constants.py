from django.db import models
from django.utils.translation import gettext_lazy as _


class PartyKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality")
    PROVINCE = "province", _("province")
    WATER_BOARD = "water_board", _("water board")
    CENTRAL_GOVERNMENT = "central_government", _("central government body")
    OTHER_GOVERNMENT = "other_government", _("other government body")
    COALITION = "coalition", _("coalition")
    VENDOR = "vendor", _("vendor")
    HOSTING_PROVIDER = "hosting_provider", _("hosting provider")
    STANDARDS_BODY = "standards_body", _("standards body")
    FOUNDATION = "foundation", _("foundation")
    OTHER = "other", _("other")
