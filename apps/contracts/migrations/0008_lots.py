# Contracts get lots: each contract becomes a contract with one lot carrying its
# work category, type, value, currency and period (named after its old "lot" text,
# else its title), with the contract's provenance, citations and publication;
# its component becomes the one component of its components; a contract that was
# "terminated" is terminated early on its last known day. Its other statuses are
# now derived from its dates. On PostgreSQL a trigger also refuses a continuation
# with another client, or one whose predecessor certainly starts after it.

import django.core.validators
import django.db.models.deletion
import simple_history.models
import uuid
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

from apps.core.migration_helpers import existence_trigger

CHANGE_REASON = "Carried over from the contract (one lot per contract)"


def _history(historical, record, now) -> None:
    fields = [field.attname for field in record._meta.concrete_fields]
    historical.objects.create(
        **{name: getattr(record, name) for name in fields},
        history_date=now,
        history_type="+",
        history_change_reason=CHANGE_REASON,
    )


def contracts_to_lots(apps, schema_editor) -> None:
    contract_model = apps.get_model("contracts", "Contract")
    lot_model = apps.get_model("contracts", "Lot")
    historical_lot = apps.get_model("contracts", "HistoricalLot")
    citation_model = apps.get_model("core", "Citation")
    historical_citation = apps.get_model("core", "HistoricalCitation")
    content_type_model = apps.get_model("contenttypes", "ContentType")
    contract_type, _created = content_type_model.objects.get_or_create(
        app_label="contracts", model="contract"
    )
    lot_type, _created = content_type_model.objects.get_or_create(
        app_label="contracts", model="lot"
    )
    now = timezone.now()
    period = (
        "start_precision",
        "start_earliest",
        "start_latest",
        "end_precision",
        "end_earliest",
        "end_latest",
    )
    for contract in contract_model.objects.order_by("pk"):
        lot = lot_model.objects.create(
            contract=contract,
            name=(contract.lot or contract.title)[:200],
            work_category_id=contract.work_category_id,
            contract_type=contract.contract_type,
            value=contract.value,
            currency=contract.currency,
            basis=contract.basis,
            basis_note=contract.basis_note,
            publication_state=contract.publication_state,
            published_at=contract.published_at,
            published_by_id=contract.published_by_id,
            **{name: getattr(contract, name) for name in period},
        )
        _history(historical_lot, lot, now)
        for citation in citation_model.objects.filter(
            content_type=contract_type, object_id=contract.pk
        ).order_by("pk"):
            copy = citation_model.objects.create(
                content_type=lot_type,
                object_id=lot.pk,
                source_id=citation.source_id,
                locator=citation.locator,
            )
            _history(historical_citation, copy, now)
        if contract.component_id is not None:
            contract.components.add(contract.component_id)
        if contract.status == "terminated":
            contract.explicit_status = "terminated"
            contract.explicit_status_on = (
                contract.end_earliest or contract.end_latest or contract.updated_at.date()
            )
            contract.save(update_fields=["explicit_status", "explicit_status_on"])


#: PostgreSQL: a contract or lot continues one of the same client that does not
#: certainly start after it (the database's half of ``continuation_errors``).
CONTINUATION_FUNCTION = """
CREATE OR REPLACE FUNCTION contracts_check_continuation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    own_client bigint;
    earlier_client bigint;
    earlier_start date;
BEGIN
    IF TG_TABLE_NAME = 'contracts_contract' THEN
        own_client := NEW.client_id;
        SELECT client_id, start_earliest INTO earlier_client, earlier_start
            FROM contracts_contract WHERE id = NEW.predecessor_id;
        IF TG_OP = 'UPDATE' AND EXISTS (
            SELECT 1 FROM contracts_contract later
            WHERE later.predecessor_id = NEW.id
              AND (later.client_id <> NEW.client_id
                   OR NEW.start_earliest > later.start_latest)
        ) THEN
            RAISE EXCEPTION 'contracts_contract.% no longer fits its successors', NEW.id
                USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        SELECT client_id INTO own_client FROM contracts_contract
            WHERE id = NEW.contract_id;
        SELECT c.client_id, l.start_earliest INTO earlier_client, earlier_start
            FROM contracts_lot l JOIN contracts_contract c ON c.id = l.contract_id
            WHERE l.id = NEW.predecessor_id;
    END IF;
    IF NEW.predecessor_id IS NOT NULL THEN
        IF earlier_client IS DISTINCT FROM own_client THEN
            RAISE EXCEPTION '%.% continues a record of another client',
                TG_TABLE_NAME, NEW.id USING ERRCODE = 'check_violation';
        END IF;
        IF earlier_start > NEW.start_latest THEN
            RAISE EXCEPTION '%.% continues a record that starts after it',
                TG_TABLE_NAME, NEW.id USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
"""


def continuation_triggers(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(CONTINUATION_FUNCTION, params=None)
    for table in ("contracts_contract", "contracts_lot"):
        schema_editor.execute(
            f"CREATE TRIGGER {table}_continuation BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION contracts_check_continuation()"
        )


def continuation_triggers_drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in ("contracts_contract", "contracts_lot"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_continuation ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS contracts_check_continuation()")


CARRY_OVER = migrations.RunPython(
    contracts_to_lots, migrations.RunPython.noop, elidable=False
)


class Migration(migrations.Migration):

    dependencies = [
        ('components', '0005_sources_to_citations'),
        ('contracts', '0007_on_behalf_of'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_citation'),
        ('parties', '0007_existence_trigger'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalContract_components',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('m2m_history_id', models.AutoField(primary_key=True, serialize=False)),
            ],
            options={
                'verbose_name': 'HistoricalContract_components',
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalLot',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('uuid', models.UUIDField(db_index=True, default=uuid.uuid4, editable=False, help_text='Stable public identifier of this record.', verbose_name='UUID')),
                ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='created at')),
                ('updated_at', models.DateTimeField(blank=True, editable=False, verbose_name='updated at')),
                ('publication_state', models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state')),
                ('published_at', models.DateTimeField(blank=True, null=True, verbose_name='published at')),
                ('start_precision', models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year'), ('unknown', 'unknown')], help_text='How much is known of the start: a day, a month, a year or nothing.', max_length=10, verbose_name='start precision')),
                ('start_earliest', models.DateField(blank=True, help_text='First day the start may lie on; empty when it is unknown.', null=True, verbose_name='start, earliest')),
                ('start_latest', models.DateField(db_index=True, help_text='Last day the start may lie on; for an unknown start the earliest day on which a source shows it holding (known since).', verbose_name='start, latest')),
                ('end_precision', models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year'), ('unknown', 'unknown'), ('ongoing', 'still going')], help_text='A day, a month, a year, unknown, or still going.', max_length=10, verbose_name='end precision')),
                ('end_earliest', models.DateField(blank=True, db_index=True, help_text='First day the end may lie on; for an unknown end the last day on which it was seen holding (last confirmed); empty while still going.', null=True, verbose_name='end, earliest')),
                ('end_latest', models.DateField(blank=True, help_text='Last day the end may lie on; empty when unknown or still going.', null=True, verbose_name='end, latest')),
                ('basis', models.CharField(choices=[('sourced', 'sourced'), ('inferred', 'inferred'), ('illustrative', 'illustrative')], db_index=True, default='sourced', help_text='What the facts rest on: cited sources, an inference (explain it), or an illustration (demo placeholder).', max_length=12, verbose_name='basis')),
                ('basis_note', models.TextField(blank=True, help_text='For an inferred record: how it was inferred, and from what.', verbose_name='reasoning')),
                ('name', models.CharField(help_text="The lot ('kavel') as the contract names it, e.g. 'Kavel Onderhoud'.", max_length=200, verbose_name='name')),
                ('contract_type', models.CharField(choices=[('one_off', 'one-off'), ('continuous', 'continuous')], db_index=True, max_length=20, verbose_name='one-off or continuous')),
                ('value', models.DecimalField(blank=True, decimal_places=2, help_text='Value of the lot; leave empty when unknown.', max_digits=14, null=True, verbose_name='value')),
                ('currency', models.CharField(default='EUR', help_text='ISO 4217 code, e.g. EUR.', max_length=3, validators=[django.core.validators.RegexValidator('^[A-Z]{3}$', 'Use a three-letter ISO 4217 currency code, e.g. EUR.')], verbose_name='currency')),
                ('sla', models.TextField(blank=True, help_text='The service levels agreed for this lot, or a summary of them.', verbose_name='service levels (SLA)')),
                ('sla_url', models.URLField(blank=True, help_text='Where the agreed service levels are.', verbose_name='SLA URL')),
                ('codebase_state', models.CharField(blank=True, help_text='The agreed state of the codebase the lot refers to, where known: a version, tag or commit.', max_length=200, verbose_name='codebase state')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.TextField(null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical lot',
                'verbose_name_plural': 'historical lots',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='Lot',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('uuid', models.UUIDField(default=uuid.uuid4, editable=False, help_text='Stable public identifier of this record.', unique=True, verbose_name='UUID')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                ('publication_state', models.CharField(choices=[('draft', 'draft'), ('published', 'published'), ('withdrawn', 'withdrawn')], db_index=True, default='draft', max_length=10, verbose_name='publication state')),
                ('published_at', models.DateTimeField(blank=True, null=True, verbose_name='published at')),
                ('start_precision', models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year'), ('unknown', 'unknown')], help_text='How much is known of the start: a day, a month, a year or nothing.', max_length=10, verbose_name='start precision')),
                ('start_earliest', models.DateField(blank=True, help_text='First day the start may lie on; empty when it is unknown.', null=True, verbose_name='start, earliest')),
                ('start_latest', models.DateField(db_index=True, help_text='Last day the start may lie on; for an unknown start the earliest day on which a source shows it holding (known since).', verbose_name='start, latest')),
                ('end_precision', models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year'), ('unknown', 'unknown'), ('ongoing', 'still going')], help_text='A day, a month, a year, unknown, or still going.', max_length=10, verbose_name='end precision')),
                ('end_earliest', models.DateField(blank=True, db_index=True, help_text='First day the end may lie on; for an unknown end the last day on which it was seen holding (last confirmed); empty while still going.', null=True, verbose_name='end, earliest')),
                ('end_latest', models.DateField(blank=True, help_text='Last day the end may lie on; empty when unknown or still going.', null=True, verbose_name='end, latest')),
                ('basis', models.CharField(choices=[('sourced', 'sourced'), ('inferred', 'inferred'), ('illustrative', 'illustrative')], db_index=True, default='sourced', help_text='What the facts rest on: cited sources, an inference (explain it), or an illustration (demo placeholder).', max_length=12, verbose_name='basis')),
                ('basis_note', models.TextField(blank=True, help_text='For an inferred record: how it was inferred, and from what.', verbose_name='reasoning')),
                ('name', models.CharField(help_text="The lot ('kavel') as the contract names it, e.g. 'Kavel Onderhoud'.", max_length=200, verbose_name='name')),
                ('contract_type', models.CharField(choices=[('one_off', 'one-off'), ('continuous', 'continuous')], db_index=True, max_length=20, verbose_name='one-off or continuous')),
                ('value', models.DecimalField(blank=True, decimal_places=2, help_text='Value of the lot; leave empty when unknown.', max_digits=14, null=True, verbose_name='value')),
                ('currency', models.CharField(default='EUR', help_text='ISO 4217 code, e.g. EUR.', max_length=3, validators=[django.core.validators.RegexValidator('^[A-Z]{3}$', 'Use a three-letter ISO 4217 currency code, e.g. EUR.')], verbose_name='currency')),
                ('sla', models.TextField(blank=True, help_text='The service levels agreed for this lot, or a summary of them.', verbose_name='service levels (SLA)')),
                ('sla_url', models.URLField(blank=True, help_text='Where the agreed service levels are.', verbose_name='SLA URL')),
                ('codebase_state', models.CharField(blank=True, help_text='The agreed state of the codebase the lot refers to, where known: a version, tag or commit.', max_length=200, verbose_name='codebase state')),
            ],
            options={
                'verbose_name': 'lot',
                'verbose_name_plural': 'lots',
                'ordering': ['start_latest', 'name'],
            },
        ),
        migrations.AddField(
            model_name='contract',
            name='components',
            field=models.ManyToManyField(blank=True, help_text='Leave empty for work that spans components, or whose components are not known.', related_name='contracts', to='components.component', verbose_name='components'),
        ),
        migrations.AddField(
            model_name='contract',
            name='explicit_status',
            field=models.CharField(blank=True, choices=[('cancelled', 'cancelled'), ('terminated', 'terminated early')], help_text='Only when the dates do not say it: the contract was cancelled, or terminated before its agreed end. Otherwise its status follows from its dates.', max_length=20, verbose_name='cancelled or terminated'),
        ),
        migrations.AddField(
            model_name='contract',
            name='explicit_status_on',
            field=models.DateField(blank=True, help_text='The day it was cancelled or terminated; from then on it is.', null=True, verbose_name='cancelled or terminated on'),
        ),
        migrations.AddField(
            model_name='historicalcontract',
            name='explicit_status',
            field=models.CharField(blank=True, choices=[('cancelled', 'cancelled'), ('terminated', 'terminated early')], help_text='Only when the dates do not say it: the contract was cancelled, or terminated before its agreed end. Otherwise its status follows from its dates.', max_length=20, verbose_name='cancelled or terminated'),
        ),
        migrations.AddField(
            model_name='historicalcontract',
            name='explicit_status_on',
            field=models.DateField(blank=True, help_text='The day it was cancelled or terminated; from then on it is.', null=True, verbose_name='cancelled or terminated on'),
        ),
        migrations.AlterField(
            model_name='contract',
            name='predecessor',
            field=models.ForeignKey(blank=True, help_text='The contract this one continues: same client, not starting after it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='successors', to='contracts.contract', verbose_name='predecessor'),
        ),
        migrations.AlterField(
            model_name='contract',
            name='procurement_url',
            field=models.URLField(blank=True, help_text='Where the procurement is published, e.g. on TenderNed.', verbose_name='procurement URL'),
        ),
        migrations.AlterField(
            model_name='historicalcontract',
            name='predecessor',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The contract this one continues: same client, not starting after it.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='contracts.contract', verbose_name='predecessor'),
        ),
        migrations.AlterField(
            model_name='historicalcontract',
            name='procurement_url',
            field=models.URLField(blank=True, help_text='Where the procurement is published, e.g. on TenderNed.', verbose_name='procurement URL'),
        ),
        migrations.AddConstraint(
            model_name='contract',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('explicit_status', ''), ('explicit_status_on__isnull', True)), models.Q(models.Q(('explicit_status', ''), _negated=True), ('explicit_status_on__isnull', False)), _connector='OR'), name='contracts_contract_explicit_status_dated', violation_error_code='contracts_contract_explicit_status_dated', violation_error_message='A cancelled or terminated contract states the day it was; that day needs the status.'),
        ),
        migrations.AddField(
            model_name='historicalcontract_components',
            name='component',
            field=models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='components.component'),
        ),
        migrations.AddField(
            model_name='historicalcontract_components',
            name='contract',
            field=models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='contracts.contract'),
        ),
        migrations.AddField(
            model_name='historicalcontract_components',
            name='history',
            field=models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, to='contracts.historicalcontract'),
        ),
        migrations.AddField(
            model_name='historicallot',
            name='contract',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='contracts.contract', verbose_name='contract'),
        ),
        migrations.AddField(
            model_name='historicallot',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicallot',
            name='published_by',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        migrations.AddField(
            model_name='historicallot',
            name='work_category',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='contracts.workcategory', verbose_name='work category'),
        ),
        migrations.AddField(
            model_name='lot',
            name='contract',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='lots', to='contracts.contract', verbose_name='contract'),
        ),
        migrations.AddField(
            model_name='lot',
            name='predecessor',
            field=models.ForeignKey(blank=True, help_text="The lot this one continues (a continuous lot's successor is found through it): same client, not starting after it.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='successors', to='contracts.lot', verbose_name='predecessor'),
        ),
        migrations.AddField(
            model_name='lot',
            name='published_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by'),
        ),
        migrations.AddField(
            model_name='lot',
            name='work_category',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='lots', to='contracts.workcategory', verbose_name='work category'),
        ),
        migrations.AddField(
            model_name='historicallot',
            name='predecessor',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text="The lot this one continues (a continuous lot's successor is found through it): same client, not starting after it.", null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='contracts.lot', verbose_name='predecessor'),
        ),
        migrations.AddConstraint(
            model_name='lot',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('start_earliest__isnull', True), ('start_precision', 'unknown')), models.Q(('start_earliest', models.F('start_latest')), ('start_precision', 'day')), models.Q(('start_earliest__lt', models.F('start_latest')), ('start_precision__in', ['month', 'year'])), _connector='OR'), name='contracts_lot_start_window', violation_error_code='start_window', violation_error_message='The start is a day, a month or a year, or unknown with a known-since date.'),
        ),
        migrations.AddConstraint(
            model_name='lot',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('end_earliest__isnull', True), ('end_latest__isnull', True), ('end_precision', 'ongoing')), models.Q(('end_earliest__isnull', False), ('end_latest__isnull', True), ('end_precision', 'unknown')), models.Q(('end_earliest', models.F('end_latest')), ('end_precision', 'day')), models.Q(('end_earliest__lt', models.F('end_latest')), ('end_precision__in', ['month', 'year'])), _connector='OR'), name='contracts_lot_end_window', violation_error_code='end_window', violation_error_message='The end is a day, a month or a year, still going, or unknown with a last-confirmed date.'),
        ),
        migrations.AddConstraint(
            model_name='lot',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('end_latest__isnull', True), ('start_earliest__isnull', True), ('end_latest__gte', models.F('start_earliest')), _connector='OR'), models.Q(models.Q(('start_precision', 'unknown'), _negated=True), ('end_latest__isnull', True), ('end_latest__gte', models.F('start_latest')), _connector='OR'), models.Q(models.Q(('end_precision', 'unknown'), _negated=True), models.Q(('end_earliest__gte', models.F('start_earliest')), ('start_earliest__isnull', False)), models.Q(('end_earliest__gte', models.F('start_latest')), ('start_earliest__isnull', True)), _connector='OR')), name='contracts_lot_period_valid', violation_error_code='period_valid', violation_error_message='The end cannot be before the start.'),
        ),
        migrations.AddConstraint(
            model_name='lot',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('basis', 'inferred'), _negated=True), models.Q(('basis_note', ''), _negated=True), _connector='OR'), name='contracts_lot_inference_explained', violation_error_code='inference_explained', violation_error_message='An inferred record states its reasoning.'),
        ),
        migrations.AddConstraint(
            model_name='lot',
            constraint=models.CheckConstraint(condition=models.Q(('value__isnull', True), ('value__gte', 0), _connector='OR'), name='contracts_lot_value_not_negative', violation_error_code='contracts_lot_value_not_negative', violation_error_message='The value cannot be negative.'),
        ),
        migrations.AddConstraint(
            model_name='lot',
            constraint=models.CheckConstraint(condition=models.Q(('predecessor__isnull', True), models.Q(('predecessor', models.F('pk')), _negated=True), _connector='OR'), name='contracts_lot_not_own_predecessor', violation_error_code='contracts_lot_not_own_predecessor', violation_error_message='A lot cannot continue itself.'),
        ),
        migrations.AddConstraint(
            model_name='lot',
            constraint=models.UniqueConstraint(fields=('contract', 'name'), name='contracts_lot_name_unique', violation_error_code='contracts_lot_name_unique', violation_error_message='This contract already has a lot of this name.'),
        ),
        CARRY_OVER,
        migrations.RemoveConstraint(
            model_name='contract',
            name='contracts_contract_value_not_negative',
        ),
        migrations.RemoveField(
            model_name='contract',
            name='component',
        ),
        migrations.RemoveField(
            model_name='contract',
            name='contract_type',
        ),
        migrations.RemoveField(
            model_name='contract',
            name='currency',
        ),
        migrations.RemoveField(
            model_name='contract',
            name='lot',
        ),
        migrations.RemoveField(
            model_name='contract',
            name='status',
        ),
        migrations.RemoveField(
            model_name='contract',
            name='value',
        ),
        migrations.RemoveField(
            model_name='contract',
            name='work_category',
        ),
        migrations.RemoveField(
            model_name='historicalcontract',
            name='component',
        ),
        migrations.RemoveField(
            model_name='historicalcontract',
            name='contract_type',
        ),
        migrations.RemoveField(
            model_name='historicalcontract',
            name='currency',
        ),
        migrations.RemoveField(
            model_name='historicalcontract',
            name='lot',
        ),
        migrations.RemoveField(
            model_name='historicalcontract',
            name='status',
        ),
        migrations.RemoveField(
            model_name='historicalcontract',
            name='value',
        ),
        migrations.RemoveField(
            model_name='historicalcontract',
            name='work_category',
        ),
            # The existence check now names the parties only (components are many).
        existence_trigger(model="contracts.Contract"),
        migrations.RunPython(
            continuation_triggers, continuation_triggers_drop, elidable=False
        ),
    ]
