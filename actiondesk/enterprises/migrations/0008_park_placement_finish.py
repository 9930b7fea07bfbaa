"""The free-text 所在园区 goes and the park placement takes its name. A migration of its own: on PostgreSQL the
rows 0007 updated leave deferred trigger events that forbid altering the table in the same transaction."""
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('enterprises', '0007_park_placement'),
    ]

    operations = [
        migrations.RemoveField(model_name='enterprise', name='park'),
        migrations.RenameField(model_name='enterprise', old_name='park_place', new_name='park'),
        migrations.AlterField(
            model_name='enterprise',
            name='park',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                                    related_name='enterprises', to='parks.park', verbose_name='所在园区'),
        ),
    ]
