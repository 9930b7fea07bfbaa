"""A Keeper row without a department records an admin's "admins only" choice for an area with a default.

Going back drops those rows (the column is NOT NULL again), so such areas return to their default department.
"""

import django.db.models.deletion
from django.db import migrations, models


def drop_admins_only(apps, schema_editor):
    apps.get_model("core", "Keeper").objects.filter(department__isnull=True).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0006_keeper'),
        ('org', '0002_enterprise_role'),
    ]

    operations = [
        migrations.AlterField(
            model_name='keeper',
            name='department',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='keeps_areas', to='org.department', verbose_name='部门'),
        ),
        migrations.AddConstraint(
            model_name='keeper',
            constraint=models.UniqueConstraint(condition=models.Q(('department__isnull', True)), fields=('zone', 'area'), name='core_keeper_admins_only_unique'),
        ),
        # Last, so that going back removes the rows before the column turns NOT NULL again.
        migrations.RunPython(migrations.RunPython.noop, drop_admins_only),
    ]
