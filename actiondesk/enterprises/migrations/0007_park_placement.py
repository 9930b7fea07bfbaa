"""Enterprises are placed in a park of the registry: each distinct free-text 所在园区 of a zone becomes a Park
(kept by the zone's 发展改革局 when it has one) and the enterprise points at it; 亩均 adds tenancies and energy."""
import django.db.models.deletion
from django.db import migrations, models

from actiondesk.parks.migration_helpers import parks_from_text, text_from_parks


def forwards(apps, schema_editor):
    parks_from_text(apps, "enterprises", "Enterprise")


def backwards(apps, schema_editor):
    text_from_parks(apps, "enterprises", "Enterprise")


class Migration(migrations.Migration):
    # Outside one transaction: on PostgreSQL the rows the data step updates leave deferred trigger events that
    # forbid altering the table (dropping park_place when reversed) in the same transaction.
    atomic = False

    dependencies = [
        ('enterprises', '0006_edit_version'),
        ('org', '0001_initial'),
        ('parks', '0001_initial'),
    ]

    operations = [
        migrations.RemoveIndex(model_name='enterprise', name='enterprises_zone_id_8c5836_idx'),
        migrations.AddField(
            model_name='enterprise',
            name='park_place',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                                    related_name='+', to='parks.park', verbose_name='所在园区'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
