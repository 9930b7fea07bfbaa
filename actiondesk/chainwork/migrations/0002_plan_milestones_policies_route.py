import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Chain plans point at the key task they carry out and at the policy library; items get milestones; the
    technology route gets steps per segment. The free-text policies are kept as ``policy_note``."""

    dependencies = [
        ("chains", "0002_future_industry_kind"),
        ("chainwork", "0001_initial"),
        ("demands", "0001_initial"),
        ("plans", "0005_milestones"),
    ]

    operations = [
        migrations.RenameField(model_name="chainplan", old_name="policies", new_name="policy_note"),
        migrations.AlterField(model_name="chainplan", name="policy_note",
                              field=models.TextField(blank=True, verbose_name="政策说明")),
        migrations.AddField(
            model_name="chainplan", name="policies",
            field=models.ManyToManyField(blank=True, related_name="chain_plans", to="demands.policy",
                                         verbose_name="配套政策")),
        migrations.AddField(
            model_name="chainplan", name="task",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                                    related_name="+", to="plans.task", verbose_name="落实的重点任务")),
        migrations.AddField(
            model_name="chainplanitem", name="milestones",
            field=models.ManyToManyField(blank=True, related_name="chain_plan_items", to="plans.milestone",
                                         verbose_name="工作节点")),
        migrations.AddField(
            model_name="chainproblem", name="resolved_on",
            field=models.DateField(blank=True, null=True, verbose_name="解决日期")),
        migrations.AlterModelOptions(
            name="chainplanitem",
            options={"ordering": ["plan", "pk"], "verbose_name": "计划事项", "verbose_name_plural": "计划事项"}),
        migrations.CreateModel(
            name="RouteStep",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("stage", models.CharField(choices=[("research", "技术攻关"), ("pilot", "中试验证"),
                                                    ("industrialising", "产业化"), ("mature", "规模应用")],
                                           default="research", max_length=20, verbose_name="阶段")),
                ("key_technologies", models.CharField(max_length=300, verbose_name="关键技术")),
                ("plan", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="route_steps",
                                           to="chainwork.chainplan", verbose_name="计划")),
                ("segment", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                                              related_name="+", to="chains.chainsegment", verbose_name="环节")),
            ],
            options={"verbose_name": "技术路径", "verbose_name_plural": "技术路径",
                     "ordering": ["plan", "segment__position", "segment__sort_order", "pk"]},
        ),
    ]
