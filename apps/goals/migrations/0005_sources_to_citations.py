# Every many-to-many link to a source becomes a citation with a locator
# (apps.core.migration_citations); then the links and their history tables go.

from django.db import migrations

from apps.core.migration_citations import sources_to_citations


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_citation'),
        ('goals', '0004_constraint_codes'),
    ]

    operations = [
        sources_to_citations('goals', 'ReliabilityTheme', 'ImprovementGoal', 'ReliabilityDimension', 'Review'),
        migrations.RemoveField(
            model_name='historicalreliabilitydimension_sources',
            name='history',
        ),
        migrations.RemoveField(
            model_name='historicalreliabilitydimension_sources',
            name='reliabilitydimension',
        ),
        migrations.RemoveField(
            model_name='historicalreliabilitydimension_sources',
            name='source',
        ),
        migrations.RemoveField(
            model_name='historicalreliabilitytheme_sources',
            name='history',
        ),
        migrations.RemoveField(
            model_name='historicalreliabilitytheme_sources',
            name='reliabilitytheme',
        ),
        migrations.RemoveField(
            model_name='historicalreliabilitytheme_sources',
            name='source',
        ),
        migrations.RemoveField(
            model_name='historicalreview_sources',
            name='history',
        ),
        migrations.RemoveField(
            model_name='historicalreview_sources',
            name='review',
        ),
        migrations.RemoveField(
            model_name='historicalreview_sources',
            name='source',
        ),
        migrations.RemoveField(
            model_name='improvementgoal',
            name='sources',
        ),
        migrations.RemoveField(
            model_name='reliabilitydimension',
            name='sources',
        ),
        migrations.RemoveField(
            model_name='reliabilitytheme',
            name='sources',
        ),
        migrations.RemoveField(
            model_name='review',
            name='sources',
        ),
        migrations.DeleteModel(
            name='HistoricalImprovementGoal_sources',
        ),
        migrations.DeleteModel(
            name='HistoricalReliabilityDimension_sources',
        ),
        migrations.DeleteModel(
            name='HistoricalReliabilityTheme_sources',
        ),
        migrations.DeleteModel(
            name='HistoricalReview_sources',
        ),
    ]
