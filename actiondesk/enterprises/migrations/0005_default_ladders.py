"""Default ladders for every existing zone (new zones get them when created, see EnterprisesConfig.ready):
pages used to create them on first view, and a read must not write."""
from django.db import migrations


def create_default_ladders(apps, schema_editor):
    # The criteria are data (docs/domain-rules.md); this reads the defaults as they stand when migrating.
    from actiondesk.enterprises.ladders import defaults

    Zone = apps.get_model("org", "Zone")
    Ladder = apps.get_model("enterprises", "Ladder")
    Rung = apps.get_model("enterprises", "Rung")
    RuleSet = apps.get_model("enterprises", "RuleSet")
    Criterion = apps.get_model("enterprises", "Criterion")
    for zone in Zone.objects.exclude(pk__in=Ladder.objects.values("zone_id")):
        for position, spec in enumerate(defaults.LADDERS):
            ladder = Ladder.objects.create(zone=zone, code=spec["code"], name=spec["name"], position=position)
            for rung_position, rung_spec in enumerate(spec["rungs"]):
                rung = Rung.objects.create(ladder=ladder, kind=rung_spec["kind"], position=rung_position)
                for rs in rung_spec["rule_sets"]:
                    rule_set = RuleSet.objects.create(
                        rung=rung, version=rs["version"], effective_from=rs["effective_from"],
                        effective_to=rs["effective_to"], document=rs["document"], note=rs["note"])
                    Criterion.objects.bulk_create([Criterion(
                        rule_set=rule_set, position=i, label=r["label"], expression=r["expression"],
                        operator=r["operator"], threshold=r["threshold"], unit=r["unit"], condition=r["condition"],
                        alternative_group=r["group"], evidence=r["evidence"], unverified=r["unverified"],
                        source=r["source"]) for i, r in enumerate(rs["rules"])])


class Migration(migrations.Migration):
    dependencies = [
        ("enterprises", "0004_delete_enterpriseimportjob"),
        ("org", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_default_ladders, migrations.RunPython.noop)]
