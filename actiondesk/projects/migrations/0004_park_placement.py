"""Projects are placed in a park of the registry: each distinct free-text 所在园区 of a zone becomes (or joins) a
Park and the project points at it."""
import django.db.models.deletion
from django.db import migrations, models

from actiondesk.parks.migration_helpers import parks_from_text, text_from_parks


def forwards(apps, schema_editor):
    parks_from_text(apps, "projects", "Project")


def backwards(apps, schema_editor):
    text_from_parks(apps, "projects", "Project")


class Migration(migrations.Migration):
    # Outside one transaction: on PostgreSQL the rows the data step updates leave deferred trigger events that
    # forbid altering the table (dropping park_place when reversed) in the same transaction.
    atomic = False

    dependencies = [
        ('projects', '0003_edit_version'),
        ('enterprises', '0008_park_placement_finish'),
        ('parks', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='project',
            name='park_place',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                                    related_name='+', to='parks.park', verbose_name='所在园区'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
