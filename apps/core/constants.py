from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceKind(models.TextChoices):
    DOCUMENT = "document", _("document")
    WEB_PAGE = "web_page", _("web page")
    REPOSITORY = "repository", _("repository")
    DATASET = "dataset", _("dataset")
    REGISTER = "register", _("public register")


class Precision(models.TextChoices):
    """How much is known of a period's boundary."""

    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")
    UNKNOWN = "unknown", _("unknown")
    #: Only for an end: the fact holds and no end is foreseen.
    ONGOING = "ongoing", _("still going")


START_PRECISIONS = [
    (value, label) for value, label in Precision.choices if value != Precision.ONGOING
]


class Holds(models.TextChoices):
    """The answer to "does this hold on a date?"."""

    YES = "yes", _("yes")
    NO = "no", _("no")
    UNKNOWN = "unknown", _("unknown")


class Certainty(models.TextChoices):
    """Which answers a question "in force on a date" includes."""

    CERTAIN = "certain", _("certainly")
    POSSIBLE = "possible", _("possibly")


class Basis(models.TextChoices):
    """What a record's facts rest on."""

    SOURCED = "sourced", _("sourced")
    INFERRED = "inferred", _("inferred")
    ILLUSTRATIVE = "illustrative", _("illustrative")


class PublicationState(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    WITHDRAWN = "withdrawn", _("withdrawn")
