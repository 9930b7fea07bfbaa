"""The pool keepers move to core's one Keeper table (area enterprises.pool)."""
from django.db import migrations

AREA = "enterprises.pool"


def to_core(apps, schema_editor):
    Old = apps.get_model("enterprises", "PoolKeeper")
    Keeper = apps.get_model("core", "Keeper")
    Keeper.objects.bulk_create([Keeper(zone_id=k.zone_id, area=AREA, department_id=k.department_id)
                                for k in Old.objects.all()], ignore_conflicts=True)


def from_core(apps, schema_editor):
    Old = apps.get_model("enterprises", "PoolKeeper")
    Keeper = apps.get_model("core", "Keeper")
    rows = Keeper.objects.filter(area=AREA)
    Old.objects.bulk_create([Old(zone_id=k.zone_id, department_id=k.department_id) for k in rows],
                            ignore_conflicts=True)
    rows.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("enterprises", "0010_listing_ladder_replaces_ipo_stage"),
        ("core", "0006_keeper"),
    ]

    operations = [migrations.RunPython(to_core, from_core)]
