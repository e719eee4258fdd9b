# "Required for every component" becomes "required by default": every component
# (or ecosystem) without a requirement of its own still needs a holder, as
# before. A rename carries each role type's flag, and its history, over.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("roles", "0007_existence_trigger")]

    operations = [
        migrations.RenameField(
            model_name="roletype",
            old_name="required_per_component",
            new_name="required_by_default",
        ),
        migrations.RenameField(
            model_name="historicalroletype",
            old_name="required_per_component",
            new_name="required_by_default",
        ),
    ]
