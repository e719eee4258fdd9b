# Dates with their certainty, provenance and publication state; existing
# data carried over (see apps.core.migration_helpers.carry_over).

from django.conf import settings
from django.db import migrations
from django.db import models
import django.db.models.deletion

from apps.core.migration_helpers import carry_over


class Migration(migrations.Migration):
    dependencies = [
        ('core', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='historicalsource',
            name='publication_state',
            field=models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state'),
        ),
        migrations.AddField(
            model_name='historicalsource',
            name='published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='published at'),
        ),
        migrations.AddField(
            model_name='historicalsource',
            name='published_by',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        migrations.AddField(
            model_name='source',
            name='publication_state',
            field=models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state'),
        ),
        migrations.AddField(
            model_name='source',
            name='published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='published at'),
        ),
        migrations.AddField(
            model_name='source',
            name='published_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        carry_over(app_label='core', models=['Source']),
    ]
