# Dates with their certainty, provenance and publication state; existing
# data carried over (see apps.core.migration_helpers.carry_over).

from django.conf import settings
from django.db import migrations
from django.db import models
import django.db.models.deletion

from apps.core.migration_helpers import carry_over


class Migration(migrations.Migration):
    dependencies = [
        ('components', '0003_certainty_provenance_publication'),
        ('core', '0002_certainty_provenance_publication'),
        ('parties', '0004_certainty_provenance_publication'),
        ('timeline', '0002_historicalevent_parties_historicalevent_sources'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='event',
            name='basis',
            field=models.CharField(choices=[('sourced', 'sourced'), ('inferred', 'inferred'), ('illustrative', 'illustrative')], db_index=True, default='sourced', help_text='What the facts rest on: cited sources, an inference (explain it), or an illustration (demo placeholder).', max_length=12, verbose_name='basis'),
        ),
        migrations.AddField(
            model_name='event',
            name='basis_note',
            field=models.TextField(blank=True, help_text='For an inferred record: how it was inferred, and from what.', verbose_name='reasoning'),
        ),
        migrations.AddField(
            model_name='event',
            name='publication_state',
            field=models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state'),
        ),
        migrations.AddField(
            model_name='event',
            name='published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='published at'),
        ),
        migrations.AddField(
            model_name='event',
            name='published_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        migrations.AddField(
            model_name='historicalevent',
            name='basis',
            field=models.CharField(choices=[('sourced', 'sourced'), ('inferred', 'inferred'), ('illustrative', 'illustrative')], db_index=True, default='sourced', help_text='What the facts rest on: cited sources, an inference (explain it), or an illustration (demo placeholder).', max_length=12, verbose_name='basis'),
        ),
        migrations.AddField(
            model_name='historicalevent',
            name='basis_note',
            field=models.TextField(blank=True, help_text='For an inferred record: how it was inferred, and from what.', verbose_name='reasoning'),
        ),
        migrations.AddField(
            model_name='historicalevent',
            name='publication_state',
            field=models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state'),
        ),
        migrations.AddField(
            model_name='historicalevent',
            name='published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='published at'),
        ),
        migrations.AddField(
            model_name='historicalevent',
            name='published_by',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        carry_over(app_label='timeline', models=['Event']),
        migrations.AddConstraint(
            model_name='event',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('basis', 'inferred'), _negated=True), models.Q(('basis_note', ''), _negated=True), _connector='OR'), name='timeline_event_inference_explained', violation_error_code='inference_explained', violation_error_message='An inferred record states its reasoning.'),
        ),
    ]
