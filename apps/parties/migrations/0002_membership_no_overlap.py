from django.db import migrations

from apps.core.migration_helpers import exclusion_constraint


class Migration(migrations.Migration):
    """On PostgreSQL, refuse two memberships of the same party in the same
    organisation whose periods overlap (``Membership.clean`` checks it everywhere)."""

    dependencies = [("parties", "0001_initial")]

    operations = [
        exclusion_constraint(
            table="parties_membership",
            name="parties_membership_no_overlap",
            equal_columns=["member_id", "organisation_id"],
        ),
    ]
