# Funding streams get their route and their years: an intermediary becomes the
# stream's first hop; a stream paying for a contract no longer also names a work
# category (the contract's lots carry it), so that it pays for one thing.

import django.db.models.deletion
import simple_history.models
import uuid
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

from apps.core.migration_helpers import existence_trigger

CHANGE_REASON = "Carried over from the intermediary"


def intermediaries_to_hops(apps, schema_editor) -> None:
    stream_model = apps.get_model("funding", "FundingStream")
    hop_model = apps.get_model("funding", "FundingHop")
    historical_hop = apps.get_model("funding", "HistoricalFundingHop")
    now = timezone.now()
    for stream in stream_model.objects.exclude(intermediary=None).order_by("pk"):
        hop = hop_model.objects.create(
            stream=stream, position=1, party_id=stream.intermediary_id
        )
        historical_hop.objects.create(
            **{f.attname: getattr(hop, f.attname) for f in hop._meta.concrete_fields},
            history_date=now,
            history_type="+",
            history_change_reason=CHANGE_REASON,
        )
    stream_model.objects.filter(
        contract__isnull=False, work_category__isnull=False
    ).update(work_category=None)


CARRY_OVER = migrations.RunPython(
    intermediaries_to_hops, migrations.RunPython.noop, elidable=False
)


class Migration(migrations.Migration):

    dependencies = [
        ('components', '0005_sources_to_citations'),
        ('contracts', '0008_lots'),
        ('funding', '0007_on_behalf_of'),
        ('parties', '0007_existence_trigger'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='FundingAmount',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('uuid', models.UUIDField(default=uuid.uuid4, editable=False, help_text='Stable public identifier of this record.', unique=True, verbose_name='UUID')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                ('year', models.PositiveSmallIntegerField(verbose_name='year')),
                ('amount', models.DecimalField(decimal_places=2, max_digits=14, verbose_name='amount')),
            ],
            options={
                'verbose_name': 'amount per year',
                'verbose_name_plural': 'amounts per year',
                'ordering': ['stream', 'year'],
            },
        ),
        migrations.CreateModel(
            name='FundingHop',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('uuid', models.UUIDField(default=uuid.uuid4, editable=False, help_text='Stable public identifier of this record.', unique=True, verbose_name='UUID')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                ('position', models.PositiveSmallIntegerField(help_text='1 for the first party after the funder.', verbose_name='position')),
            ],
            options={
                'verbose_name': 'hop',
                'verbose_name_plural': 'hops',
                'ordering': ['stream', 'position'],
            },
        ),
        migrations.CreateModel(
            name='HistoricalFundingAmount',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('uuid', models.UUIDField(db_index=True, default=uuid.uuid4, editable=False, help_text='Stable public identifier of this record.', verbose_name='UUID')),
                ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='created at')),
                ('updated_at', models.DateTimeField(blank=True, editable=False, verbose_name='updated at')),
                ('year', models.PositiveSmallIntegerField(verbose_name='year')),
                ('amount', models.DecimalField(decimal_places=2, max_digits=14, verbose_name='amount')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.TextField(null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical amount per year',
                'verbose_name_plural': 'historical amounts per year',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalFundingHop',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('uuid', models.UUIDField(db_index=True, default=uuid.uuid4, editable=False, help_text='Stable public identifier of this record.', verbose_name='UUID')),
                ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='created at')),
                ('updated_at', models.DateTimeField(blank=True, editable=False, verbose_name='updated at')),
                ('position', models.PositiveSmallIntegerField(help_text='1 for the first party after the funder.', verbose_name='position')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.TextField(null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical hop',
                'verbose_name_plural': 'historical hops',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.AddField(
            model_name='fundingstream',
            name='lot',
            field=models.ForeignKey(blank=True, help_text='The lot this money pays for, instead of a whole contract.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='funding_streams', to='contracts.lot', verbose_name='lot'),
        ),
        migrations.AddField(
            model_name='historicalfundingstream',
            name='lot',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The lot this money pays for, instead of a whole contract.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='contracts.lot', verbose_name='lot'),
        ),
        migrations.AlterField(
            model_name='fundingstream',
            name='amount',
            field=models.DecimalField(decimal_places=2, help_text='The whole sum; when amounts per year are given, their total.', max_digits=14, verbose_name='amount'),
        ),
        migrations.AlterField(
            model_name='fundingstream',
            name='contract',
            field=models.ForeignKey(blank=True, help_text='The contract this money pays for (all of its lots).', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='funding_streams', to='contracts.contract', verbose_name='contract'),
        ),
        migrations.AlterField(
            model_name='fundingstream',
            name='work_category',
            field=models.ForeignKey(blank=True, help_text='Where no contract exists: the kind of work this money pays for.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='funding_streams', to='contracts.workcategory', verbose_name='work category'),
        ),
        migrations.AlterField(
            model_name='historicalfundingstream',
            name='amount',
            field=models.DecimalField(decimal_places=2, help_text='The whole sum; when amounts per year are given, their total.', max_digits=14, verbose_name='amount'),
        ),
        migrations.AlterField(
            model_name='historicalfundingstream',
            name='contract',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The contract this money pays for (all of its lots).', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='contracts.contract', verbose_name='contract'),
        ),
        migrations.AlterField(
            model_name='historicalfundingstream',
            name='work_category',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='Where no contract exists: the kind of work this money pays for.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='contracts.workcategory', verbose_name='work category'),
        ),
        migrations.AddField(
            model_name='fundingamount',
            name='stream',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='amounts', to='funding.fundingstream', verbose_name='funding stream'),
        ),
        migrations.AddField(
            model_name='fundinghop',
            name='party',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='funding_hops', to='parties.party', verbose_name='party'),
        ),
        migrations.AddField(
            model_name='fundinghop',
            name='stream',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='hops', to='funding.fundingstream', verbose_name='funding stream'),
        ),
        migrations.AddField(
            model_name='historicalfundingamount',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalfundingamount',
            name='stream',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='funding.fundingstream', verbose_name='funding stream'),
        ),
        migrations.AddField(
            model_name='historicalfundinghop',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalfundinghop',
            name='party',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='parties.party', verbose_name='party'),
        ),
        migrations.AddField(
            model_name='historicalfundinghop',
            name='stream',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='funding.fundingstream', verbose_name='funding stream'),
        ),
        migrations.AddConstraint(
            model_name='fundingamount',
            constraint=models.UniqueConstraint(fields=('stream', 'year'), name='funding_fundingamount_year_once', violation_error_code='funding_fundingamount_year_once', violation_error_message='This stream already has an amount for this year.'),
        ),
        migrations.AddConstraint(
            model_name='fundingamount',
            constraint=models.CheckConstraint(condition=models.Q(('amount__gte', 0)), name='funding_fundingamount_amount_not_negative', violation_error_code='funding_fundingamount_amount_not_negative', violation_error_message='The amount cannot be negative.'),
        ),
        migrations.AddConstraint(
            model_name='fundinghop',
            constraint=models.UniqueConstraint(fields=('stream', 'party'), name='funding_fundinghop_party_once', violation_error_code='funding_fundinghop_party_once', violation_error_message='The money already passes this party: a hop is recorded once.'),
        ),
        migrations.AddConstraint(
            model_name='fundinghop',
            constraint=models.UniqueConstraint(fields=('stream', 'position'), name='funding_fundinghop_position_unique', violation_error_code='funding_fundinghop_position_unique', violation_error_message='Another hop has this position.'),
        ),
        CARRY_OVER,
        migrations.AddConstraint(
            model_name='fundingstream',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('contract__isnull', False), ('lot__isnull', True), ('work_category__isnull', True)), models.Q(('contract__isnull', True), ('lot__isnull', False), ('work_category__isnull', True)), models.Q(('contract__isnull', True), ('lot__isnull', True), ('work_category__isnull', False)), _connector='OR'), name='funding_fundingstream_pays_for_one_thing', violation_error_code='funding_fundingstream_pays_for_one_thing', violation_error_message='Say what the money pays for: one contract, one lot, or (where no contract exists) a work category.'),
        ),
        migrations.RemoveConstraint(
            model_name='fundingstream',
            name='funding_fundingstream_intermediary_is_third_party',
        ),
        migrations.RemoveConstraint(
            model_name='fundingstream',
            name='funding_fundingstream_pays_for_something',
        ),
        migrations.RemoveField(
            model_name='fundingstream',
            name='intermediary',
        ),
        migrations.RemoveField(
            model_name='historicalfundingstream',
            name='intermediary',
        ),
            # The existence check no longer names the intermediary: hops are checked
        # by FundingHop.clean().
        existence_trigger(model="funding.FundingStream"),
    ]
