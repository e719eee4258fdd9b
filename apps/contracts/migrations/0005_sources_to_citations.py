# Every many-to-many link to a source becomes a citation with a locator
# (apps.core.migration_citations); then the links and their history tables go.

from django.db import migrations

from apps.core.migration_citations import sources_to_citations


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_citation'),
        ('contracts', '0004_constraint_codes'),
    ]

    operations = [
        sources_to_citations('contracts', 'WorkCategory', 'Contract'),
        migrations.RemoveField(
            model_name='historicalworkcategory_sources',
            name='history',
        ),
        migrations.RemoveField(
            model_name='historicalworkcategory_sources',
            name='source',
        ),
        migrations.RemoveField(
            model_name='historicalworkcategory_sources',
            name='workcategory',
        ),
        migrations.RemoveField(
            model_name='contract',
            name='sources',
        ),
        migrations.RemoveField(
            model_name='workcategory',
            name='sources',
        ),
        migrations.DeleteModel(
            name='HistoricalContract_sources',
        ),
        migrations.DeleteModel(
            name='HistoricalWorkCategory_sources',
        ),
    ]
