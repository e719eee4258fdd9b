# Every many-to-many link to a source becomes a citation with a locator
# (apps.core.migration_citations); then the links and their history tables go.

from django.db import migrations

from apps.core.migration_citations import sources_to_citations


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_citation'),
        ('components', '0004_constraint_codes'),
    ]

    operations = [
        sources_to_citations('components', 'Standard', 'Component'),
        migrations.RemoveField(
            model_name='historicalstandard_sources',
            name='history',
        ),
        migrations.RemoveField(
            model_name='historicalstandard_sources',
            name='source',
        ),
        migrations.RemoveField(
            model_name='historicalstandard_sources',
            name='standard',
        ),
        migrations.RemoveField(
            model_name='component',
            name='sources',
        ),
        migrations.RemoveField(
            model_name='standard',
            name='sources',
        ),
        migrations.DeleteModel(
            name='HistoricalComponent_sources',
        ),
        migrations.DeleteModel(
            name='HistoricalStandard_sources',
        ),
    ]
