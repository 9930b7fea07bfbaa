"""The free-text 所在园区 goes and the park placement takes its name (apart from 0004's data step, as PostgreSQL
cannot alter a table with the deferred trigger events of rows updated in the same transaction)."""
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0004_park_placement'),
    ]

    operations = [
        migrations.RemoveField(model_name='project', name='park'),
        migrations.RenameField(model_name='project', old_name='park_place', new_name='park'),
        migrations.AlterField(
            model_name='project',
            name='park',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                                    related_name='projects', to='parks.park', verbose_name='所在园区'),
        ),
    ]
