# Dates with their certainty, provenance and publication state; existing
# data carried over (see apps.core.migration_helpers.carry_over).

from django.conf import settings
from django.db import migrations
from django.db import models
import django.db.models.deletion

from apps.core.migration_helpers import (
    carry_over,
    certain_span_exclusion,
    drop_constraint,
)


class Migration(migrations.Migration):
    dependencies = [
        ('components', '0003_certainty_provenance_publication'),
        ('core', '0002_certainty_provenance_publication'),
        ('parties', '0004_certainty_provenance_publication'),
        ('roles', '0003_historicalroleassignment_sources_and_more'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='roleassignment',
            name='roles_roleassignment_period_valid',
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='basis',
            field=models.CharField(choices=[('sourced', 'sourced'), ('inferred', 'inferred'), ('illustrative', 'illustrative')], db_index=True, default='sourced', help_text='What the facts rest on: cited sources, an inference (explain it), or an illustration (demo placeholder).', max_length=12, verbose_name='basis'),
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='basis_note',
            field=models.TextField(blank=True, help_text='For an inferred record: how it was inferred, and from what.', verbose_name='reasoning'),
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='end_earliest',
            field=models.DateField(blank=True, db_index=True, help_text='First day the end may lie on; for an unknown end the last day on which it was seen holding (last confirmed); empty while still going.', null=True, verbose_name='end, earliest'),
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='end_latest',
            field=models.DateField(blank=True, help_text='Last day the end may lie on; empty when unknown or still going.', null=True, verbose_name='end, latest'),
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='end_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year'), ('unknown', 'unknown'), ('ongoing', 'still going')], default='ongoing', help_text='A day, a month, a year, unknown, or still going.', max_length=10, verbose_name='end precision'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='publication_state',
            field=models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state'),
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='published at'),
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='published_by',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='start_earliest',
            field=models.DateField(blank=True, help_text='First day the start may lie on; empty when it is unknown.', null=True, verbose_name='start, earliest'),
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='start_latest',
            field=models.DateField(db_index=True, default='2000-01-01', help_text='Last day the start may lie on; for an unknown start the earliest day on which a source shows it holding (known since).', verbose_name='start, latest'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='historicalroleassignment',
            name='start_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year'), ('unknown', 'unknown')], default='unknown', help_text='How much is known of the start: a day, a month, a year or nothing.', max_length=10, verbose_name='start precision'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='historicalroletype',
            name='basis',
            field=models.CharField(choices=[('sourced', 'sourced'), ('inferred', 'inferred'), ('illustrative', 'illustrative')], db_index=True, default='sourced', help_text='What the facts rest on: cited sources, an inference (explain it), or an illustration (demo placeholder).', max_length=12, verbose_name='basis'),
        ),
        migrations.AddField(
            model_name='historicalroletype',
            name='basis_note',
            field=models.TextField(blank=True, help_text='For an inferred record: how it was inferred, and from what.', verbose_name='reasoning'),
        ),
        migrations.AddField(
            model_name='historicalroletype',
            name='publication_state',
            field=models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state'),
        ),
        migrations.AddField(
            model_name='historicalroletype',
            name='published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='published at'),
        ),
        migrations.AddField(
            model_name='historicalroletype',
            name='published_by',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='basis',
            field=models.CharField(choices=[('sourced', 'sourced'), ('inferred', 'inferred'), ('illustrative', 'illustrative')], db_index=True, default='sourced', help_text='What the facts rest on: cited sources, an inference (explain it), or an illustration (demo placeholder).', max_length=12, verbose_name='basis'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='basis_note',
            field=models.TextField(blank=True, help_text='For an inferred record: how it was inferred, and from what.', verbose_name='reasoning'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='end_earliest',
            field=models.DateField(blank=True, db_index=True, help_text='First day the end may lie on; for an unknown end the last day on which it was seen holding (last confirmed); empty while still going.', null=True, verbose_name='end, earliest'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='end_latest',
            field=models.DateField(blank=True, help_text='Last day the end may lie on; empty when unknown or still going.', null=True, verbose_name='end, latest'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='end_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year'), ('unknown', 'unknown'), ('ongoing', 'still going')], default='ongoing', help_text='A day, a month, a year, unknown, or still going.', max_length=10, verbose_name='end precision'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='publication_state',
            field=models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='published at'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='published_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='start_earliest',
            field=models.DateField(blank=True, help_text='First day the start may lie on; empty when it is unknown.', null=True, verbose_name='start, earliest'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='start_latest',
            field=models.DateField(db_index=True, default='2000-01-01', help_text='Last day the start may lie on; for an unknown start the earliest day on which a source shows it holding (known since).', verbose_name='start, latest'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='start_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year'), ('unknown', 'unknown')], default='unknown', help_text='How much is known of the start: a day, a month, a year or nothing.', max_length=10, verbose_name='start precision'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='roletype',
            name='basis',
            field=models.CharField(choices=[('sourced', 'sourced'), ('inferred', 'inferred'), ('illustrative', 'illustrative')], db_index=True, default='sourced', help_text='What the facts rest on: cited sources, an inference (explain it), or an illustration (demo placeholder).', max_length=12, verbose_name='basis'),
        ),
        migrations.AddField(
            model_name='roletype',
            name='basis_note',
            field=models.TextField(blank=True, help_text='For an inferred record: how it was inferred, and from what.', verbose_name='reasoning'),
        ),
        migrations.AddField(
            model_name='roletype',
            name='publication_state',
            field=models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state'),
        ),
        migrations.AddField(
            model_name='roletype',
            name='published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='published at'),
        ),
        migrations.AddField(
            model_name='roletype',
            name='published_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        drop_constraint(table='roles_roleassignment', name='roles_roleassignment_no_overlap'),
        carry_over(app_label='roles', models=['RoleAssignment', 'RoleType']),
        migrations.RemoveField(
            model_name='historicalroleassignment',
            name='end_date',
        ),
        migrations.RemoveField(
            model_name='historicalroleassignment',
            name='start_date',
        ),
        migrations.RemoveField(
            model_name='roleassignment',
            name='end_date',
        ),
        migrations.RemoveField(
            model_name='roleassignment',
            name='start_date',
        ),
        migrations.AddConstraint(
            model_name='roleassignment',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('start_earliest__isnull', True), ('start_precision', 'unknown')), models.Q(('start_earliest', models.F('start_latest')), ('start_precision', 'day')), models.Q(('start_earliest__lt', models.F('start_latest')), ('start_precision__in', ['month', 'year'])), _connector='OR'), name='roles_roleassignment_start_window', violation_error_code='start_window', violation_error_message='The start is a day, a month or a year, or unknown with a known-since date.'),
        ),
        migrations.AddConstraint(
            model_name='roleassignment',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('end_earliest__isnull', True), ('end_latest__isnull', True), ('end_precision', 'ongoing')), models.Q(('end_earliest__isnull', False), ('end_latest__isnull', True), ('end_precision', 'unknown')), models.Q(('end_earliest', models.F('end_latest')), ('end_precision', 'day')), models.Q(('end_earliest__lt', models.F('end_latest')), ('end_precision__in', ['month', 'year'])), _connector='OR'), name='roles_roleassignment_end_window', violation_error_code='end_window', violation_error_message='The end is a day, a month or a year, still going, or unknown with a last-confirmed date.'),
        ),
        migrations.AddConstraint(
            model_name='roleassignment',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('end_latest__isnull', True), ('start_earliest__isnull', True), ('end_latest__gte', models.F('start_earliest')), _connector='OR'), models.Q(models.Q(('start_precision', 'unknown'), _negated=True), ('end_latest__isnull', True), ('end_latest__gte', models.F('start_latest')), _connector='OR'), models.Q(models.Q(('end_precision', 'unknown'), _negated=True), models.Q(('end_earliest__gte', models.F('start_earliest')), ('start_earliest__isnull', False)), models.Q(('end_earliest__gte', models.F('start_latest')), ('start_earliest__isnull', True)), _connector='OR')), name='roles_roleassignment_period_valid', violation_error_code='period_valid', violation_error_message='The end cannot be before the start.'),
        ),
        migrations.AddConstraint(
            model_name='roleassignment',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('basis', 'inferred'), _negated=True), models.Q(('basis_note', ''), _negated=True), _connector='OR'), name='roles_roleassignment_inference_explained', violation_error_code='inference_explained', violation_error_message='An inferred record states its reasoning.'),
        ),
        migrations.AddConstraint(
            model_name='roletype',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('basis', 'inferred'), _negated=True), models.Q(('basis_note', ''), _negated=True), _connector='OR'), name='roles_roletype_inference_explained', violation_error_code='inference_explained', violation_error_message='An inferred record states its reasoning.'),
        ),
        certain_span_exclusion(model='roles.RoleAssignment', name='roles_roleassignment_no_overlap', key=('party', 'role_type', 'component')),
    ]
