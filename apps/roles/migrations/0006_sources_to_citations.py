# Every many-to-many link to a source becomes a citation with a locator
# (apps.core.migration_citations); then the links and their history tables go.

from django.db import migrations

from apps.core.migration_citations import sources_to_citations


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_citation'),
        ('roles', '0005_constraint_codes'),
    ]

    operations = [
        sources_to_citations('roles', 'RoleType', 'RoleAssignment'),
        migrations.RemoveField(
            model_name='historicalroletype_sources',
            name='history',
        ),
        migrations.RemoveField(
            model_name='historicalroletype_sources',
            name='roletype',
        ),
        migrations.RemoveField(
            model_name='historicalroletype_sources',
            name='source',
        ),
        migrations.RemoveField(
            model_name='roleassignment',
            name='sources',
        ),
        migrations.RemoveField(
            model_name='roletype',
            name='sources',
        ),
        migrations.DeleteModel(
            name='HistoricalRoleAssignment_sources',
        ),
        migrations.DeleteModel(
            name='HistoricalRoleType_sources',
        ),
    ]
