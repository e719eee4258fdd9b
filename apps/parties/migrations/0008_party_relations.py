"""Typed memberships and names over time.

- Every existing membership becomes a membership of type "member" (the only kind
  there was); the demo gives VNG Realisatie and SED their own types.
- Aliases become names of their party (``PartyName``), of kind "alternative
  name", with the period the register can state truthfully: start unknown,
  known since the day the alias was entered, still in use. Their history
  follows them.
"""

from django.db import migrations, models
import django.db.models.deletion
import django.db.models.functions.text


def aliases_to_names(apps, schema_editor) -> None:
    for name in ("PartyName", "HistoricalPartyName"):
        model = apps.get_model("parties", name)
        for row in model.objects.all():
            row.start_latest = row.created_at.date()
            row.save(update_fields=["start_latest"])


def memberships_to_members(apps, schema_editor) -> None:
    for name in ("Membership", "HistoricalMembership"):
        apps.get_model("parties", name).objects.update(membership_type="member")


class Migration(migrations.Migration):
    dependencies = [
        ("parties", "0007_existence_trigger"),
    ]

    operations = [
        # -- aliases become names over time --------------------------------------
        migrations.RemoveConstraint(
            model_name="partyalias",
            name="parties_partyalias_name_unique",
        ),
        migrations.RenameModel(old_name="PartyAlias", new_name="PartyName"),
        migrations.RenameModel(
            old_name="HistoricalPartyAlias", new_name="HistoricalPartyName"
        ),
        migrations.AddField(
            model_name="partyname",
            name="kind",
            field=models.CharField(
                choices=[
                    ("former", "former name"),
                    ("alternative", "alternative name"),
                    ("abbreviation", "abbreviation"),
                ],
                default="alternative",
                help_text="A former name (no longer used since its end), an alternative name or an abbreviation.",
                max_length=20,
                verbose_name="kind of name",
            ),
        ),
        migrations.AddField(
            model_name="historicalpartyname",
            name="kind",
            field=models.CharField(
                choices=[
                    ("former", "former name"),
                    ("alternative", "alternative name"),
                    ("abbreviation", "abbreviation"),
                ],
                default="alternative",
                help_text="A former name (no longer used since its end), an alternative name or an abbreviation.",
                max_length=20,
                verbose_name="kind of name",
            ),
        ),
    ]
    for _model in ("partyname", "historicalpartyname"):
        operations += [
            migrations.AddField(
                model_name=_model,
                name="start_precision",
                field=models.CharField(
                    choices=[
                        ("day", "day"),
                        ("month", "month"),
                        ("year", "year"),
                        ("unknown", "unknown"),
                    ],
                    default="unknown",
                    help_text="How much is known of the start: a day, a month, a year or nothing.",
                    max_length=10,
                    verbose_name="start precision",
                ),
                preserve_default=False,
            ),
            migrations.AddField(
                model_name=_model,
                name="start_earliest",
                field=models.DateField(
                    blank=True,
                    help_text="First day the start may lie on; empty when it is unknown.",
                    null=True,
                    verbose_name="start, earliest",
                ),
            ),
            migrations.AddField(
                model_name=_model,
                name="start_latest",
                field=models.DateField(db_index=True, null=True),
            ),
            migrations.AddField(
                model_name=_model,
                name="end_precision",
                field=models.CharField(
                    choices=[
                        ("day", "day"),
                        ("month", "month"),
                        ("year", "year"),
                        ("unknown", "unknown"),
                        ("ongoing", "still going"),
                    ],
                    default="ongoing",
                    help_text="A day, a month, a year, unknown, or still going.",
                    max_length=10,
                    verbose_name="end precision",
                ),
                preserve_default=False,
            ),
            migrations.AddField(
                model_name=_model,
                name="end_earliest",
                field=models.DateField(
                    blank=True,
                    db_index=True,
                    help_text="First day the end may lie on; for an unknown end the last day on which it was seen holding (last confirmed); empty while still going.",
                    null=True,
                    verbose_name="end, earliest",
                ),
            ),
            migrations.AddField(
                model_name=_model,
                name="end_latest",
                field=models.DateField(
                    blank=True,
                    help_text="Last day the end may lie on; empty when unknown or still going.",
                    null=True,
                    verbose_name="end, latest",
                ),
            ),
        ]
    operations += [
        migrations.RunPython(aliases_to_names, migrations.RunPython.noop),
    ]
    for _model in ("partyname", "historicalpartyname"):
        operations.append(
            migrations.AlterField(
                model_name=_model,
                name="start_latest",
                field=models.DateField(
                    db_index=True,
                    help_text="Last day the start may lie on; for an unknown start the earliest day on which a source shows it holding (known since).",
                    verbose_name="start, latest",
                ),
            )
        )
    operations += [
        # -- typed memberships ----------------------------------------------------
        migrations.AddField(
            model_name="membership",
            name="membership_type",
            field=models.CharField(
                choices=[
                    ("member", "member"),
                    ("founding_member", "founding member"),
                    ("organisational_unit", "organisational unit of"),
                    ("shared_organisation", "shared organisation of"),
                    ("participant", "participant"),
                ],
                db_index=True,
                default="member",
                help_text="How the member relates to the organisation: a (founding) member, an organisational unit of it (VNG Realisatie of VNG), a municipality served by it as its shared organisation (Stede Broec by SED), or a participant. Members, founding members and municipalities of a shared organisation count among its members.",
                max_length=30,
                verbose_name="type",
            ),
        ),
        migrations.AddField(
            model_name="historicalmembership",
            name="membership_type",
            field=models.CharField(
                choices=[
                    ("member", "member"),
                    ("founding_member", "founding member"),
                    ("organisational_unit", "organisational unit of"),
                    ("shared_organisation", "shared organisation of"),
                    ("participant", "participant"),
                ],
                db_index=True,
                default="member",
                help_text="How the member relates to the organisation: a (founding) member, an organisational unit of it (VNG Realisatie of VNG), a municipality served by it as its shared organisation (Stede Broec by SED), or a participant. Members, founding members and municipalities of a shared organisation count among its members.",
                max_length=30,
                verbose_name="type",
            ),
        ),
        migrations.RunPython(memberships_to_members, migrations.RunPython.noop),
        # -- the names' options, link and rules ------------------------------------
        migrations.AlterModelOptions(
            name='historicalpartyname',
            options={'get_latest_by': ('history_date', 'history_id'), 'ordering': ('-history_date', '-history_id'), 'verbose_name': 'historical name of a party', 'verbose_name_plural': 'historical names of parties'},
        ),
        migrations.AlterModelOptions(
            name='partyname',
            options={'ordering': ['party__name', 'start_latest', 'name'], 'verbose_name': 'name of a party', 'verbose_name_plural': 'names of parties'},
        ),
        migrations.AlterField(
            model_name='partyname',
            name='party',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='names', to='parties.party', verbose_name='party'),
        ),
        migrations.AddConstraint(
            model_name='partyname',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('start_earliest__isnull', True), ('start_precision', 'unknown')), models.Q(('start_earliest', models.F('start_latest')), ('start_precision', 'day')), models.Q(('start_earliest__lt', models.F('start_latest')), ('start_precision__in', ['month', 'year'])), _connector='OR'), name='parties_partyname_start_window', violation_error_code='start_window', violation_error_message='The start is a day, a month or a year, or unknown with a known-since date.'),
        ),
        migrations.AddConstraint(
            model_name='partyname',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('end_earliest__isnull', True), ('end_latest__isnull', True), ('end_precision', 'ongoing')), models.Q(('end_earliest__isnull', False), ('end_latest__isnull', True), ('end_precision', 'unknown')), models.Q(('end_earliest', models.F('end_latest')), ('end_precision', 'day')), models.Q(('end_earliest__lt', models.F('end_latest')), ('end_precision__in', ['month', 'year'])), _connector='OR'), name='parties_partyname_end_window', violation_error_code='end_window', violation_error_message='The end is a day, a month or a year, still going, or unknown with a last-confirmed date.'),
        ),
        migrations.AddConstraint(
            model_name='partyname',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('end_latest__isnull', True), ('start_earliest__isnull', True), ('end_latest__gte', models.F('start_earliest')), _connector='OR'), models.Q(models.Q(('start_precision', 'unknown'), _negated=True), ('end_latest__isnull', True), ('end_latest__gte', models.F('start_latest')), _connector='OR'), models.Q(models.Q(('end_precision', 'unknown'), _negated=True), models.Q(('end_earliest__gte', models.F('start_earliest')), ('start_earliest__isnull', False)), models.Q(('end_earliest__gte', models.F('start_latest')), ('start_earliest__isnull', True)), _connector='OR')), name='parties_partyname_period_valid', violation_error_code='period_valid', violation_error_message='The end cannot be before the start.'),
        ),
        migrations.AddConstraint(
            model_name='partyname',
            constraint=models.UniqueConstraint(models.F('party'), django.db.models.functions.text.Lower('name'), name='parties_partyname_unique_per_party', violation_error_code='parties_partyname_unique_per_party', violation_error_message='The party already has this name.'),
        ),
        migrations.AddConstraint(
            model_name='partyname',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('kind', 'former'), _negated=True), models.Q(('end_precision', 'ongoing'), _negated=True), _connector='OR'), name='parties_partyname_former_name_ended', violation_error_code='parties_partyname_former_name_ended', violation_error_message='A former name is no longer used: give its end, or say the end is unknown.'),
        ),
    ]
