"""The pool's editor departments move to core's one Keeper table (area transformation.pool).

A zone whose saved setting named no editor department was left to admins; core had no such state for an area with a
default when this step was written, so after it 产业创新局 keeps that zone's pool until an admin names keepers on the
维护部门 page. Core can now carry that state (core 0007: a Keeper row without a department, "仅管理员" on the page), but
this step does not write it: it would need core 0007 as a dependency, and databases that already applied this step
before core 0007 would then fail Django's migration-history check. An admin restores such a zone by choosing 仅管理员.
"""
from django.db import migrations

AREA = "transformation.pool"
DEFAULT_KEEPER = "产业创新局"


def to_core(apps, schema_editor):
    Settings = apps.get_model("transformation", "TransformationSettings")
    Keeper = apps.get_model("core", "Keeper")
    rows = Settings.editors.through.objects.values_list("transformationsettings__zone_id", "department_id")
    Keeper.objects.bulk_create([Keeper(zone_id=zone_id, area=AREA, department_id=department_id)
                                for zone_id, department_id in rows], ignore_conflicts=True)


def from_core(apps, schema_editor):
    Settings = apps.get_model("transformation", "TransformationSettings")
    Department = apps.get_model("org", "Department")
    Keeper = apps.get_model("core", "Keeper")
    rows = Keeper.objects.filter(area=AREA)
    named: dict[int, list[int]] = {}
    for zone_id, department_id in rows.values_list("zone_id", "department_id"):
        named.setdefault(zone_id, []).append(department_id)
    for zone_id, departments in named.items():
        Settings.objects.get_or_create(zone_id=zone_id)[0].editors.add(*departments)
    # The old rule read a saved setting without editors as admins only: a zone kept by the default gets it named.
    for setting in Settings.objects.exclude(zone_id__in=named):
        setting.editors.add(*Department.objects.filter(zone_id=setting.zone_id, name=DEFAULT_KEEPER))
    rows.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("transformation", "0001_initial"),
        ("core", "0006_keeper"),
    ]

    operations = [migrations.RunPython(to_core, from_core)]
