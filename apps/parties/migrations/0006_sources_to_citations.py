# Every many-to-many link to a source becomes a citation with a locator
# (apps.core.migration_citations); then the links and their history tables go.

from django.db import migrations

from apps.core.migration_citations import sources_to_citations


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_citation'),
        ('parties', '0005_constraint_codes'),
    ]

    operations = [
        sources_to_citations('parties', 'Party', 'Membership', 'ContactPoint'),
        migrations.RemoveField(
            model_name='historicalmembership_sources',
            name='history',
        ),
        migrations.RemoveField(
            model_name='historicalmembership_sources',
            name='membership',
        ),
        migrations.RemoveField(
            model_name='historicalmembership_sources',
            name='source',
        ),
        migrations.RemoveField(
            model_name='historicalparty_sources',
            name='history',
        ),
        migrations.RemoveField(
            model_name='historicalparty_sources',
            name='party',
        ),
        migrations.RemoveField(
            model_name='historicalparty_sources',
            name='source',
        ),
        migrations.RemoveField(
            model_name='contactpoint',
            name='sources',
        ),
        migrations.RemoveField(
            model_name='membership',
            name='sources',
        ),
        migrations.RemoveField(
            model_name='party',
            name='sources',
        ),
        migrations.DeleteModel(
            name='HistoricalContactPoint_sources',
        ),
        migrations.DeleteModel(
            name='HistoricalMembership_sources',
        ),
        migrations.DeleteModel(
            name='HistoricalParty_sources',
        ),
    ]
