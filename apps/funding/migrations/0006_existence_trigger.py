# On PostgreSQL, the database too refuses a FundingStream that certainly begins
# before what it names exists, or after it ceased (see EXISTENCE_FUNCTION).

from django.db import migrations

from apps.core.migration_helpers import existence_trigger


class Migration(migrations.Migration):
    dependencies = [
        ("funding", "0005_sources_to_citations"),
        ("parties", "0006_sources_to_citations"),
        ("components", "0005_sources_to_citations"),
    ]

    operations = [existence_trigger(model="funding.FundingStream")]
