from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceKind(models.TextChoices):
    DOCUMENT = "document", _("document")
    WEB_PAGE = "web_page", _("web page")
    REPOSITORY = "repository", _("repository")
    DATASET = "dataset", _("dataset")
    REGISTER = "register", _("public register")
