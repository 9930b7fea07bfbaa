"""The innovation keepers move to core's one Keeper table (areas innovation.registry and innovation.scenes)."""
from django.db import migrations

PREFIX = "innovation."


def to_core(apps, schema_editor):
    Old = apps.get_model("innovation", "InnovationKeeper")
    Keeper = apps.get_model("core", "Keeper")
    Keeper.objects.bulk_create([Keeper(zone_id=k.zone_id, area=PREFIX + k.area, department_id=k.department_id)
                                for k in Old.objects.all()], ignore_conflicts=True)


def from_core(apps, schema_editor):
    Old = apps.get_model("innovation", "InnovationKeeper")
    Keeper = apps.get_model("core", "Keeper")
    rows = Keeper.objects.filter(area__in=[PREFIX + "registry", PREFIX + "scenes"])
    Old.objects.bulk_create([Old(zone_id=k.zone_id, area=k.area.removeprefix(PREFIX), department_id=k.department_id)
                             for k in rows], ignore_conflicts=True)
    rows.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("innovation", "0001_initial"),
        ("core", "0006_keeper"),
    ]

    operations = [migrations.RunPython(to_core, from_core)]
