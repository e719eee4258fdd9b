from django.db import migrations

from apps.core.migration_helpers import exclusion_constraint


class Migration(migrations.Migration):
    """On PostgreSQL, refuse identical role assignments (same party, role type and
    component) whose periods overlap (``RoleAssignment.clean`` checks it everywhere)."""

    dependencies = [("roles", "0001_initial")]

    operations = [
        exclusion_constraint(
            table="roles_roleassignment",
            name="roles_roleassignment_no_overlap",
            equal_columns=["party_id", "role_type_id", "component_id"],
        ),
    ]
