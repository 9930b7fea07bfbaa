# The lead departments' join table gets a model of its own so its rows (written in the plan's order)
# can be read in that order. The table and its columns stay as they are: a state-only change.
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("org", "0001_initial"),
        ("plans", "0002_plandraft"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TaskLeadDepartment",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                                   verbose_name="ID")),
                        ("task", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                                   related_name="lead_links", to="plans.task")),
                        ("department", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                                         related_name="+", to="org.department")),
                    ],
                    options={"db_table": "plans_task_lead_departments", "ordering": ["id"],
                             "unique_together": {("task", "department")}},
                ),
                migrations.AlterField(
                    model_name="task",
                    name="lead_departments",
                    field=models.ManyToManyField(blank=True, related_name="led_tasks",
                                                 through="plans.TaskLeadDepartment", to="org.department",
                                                 verbose_name="牵头部门"),
                ),
            ],
            database_operations=[],
        ),
    ]
