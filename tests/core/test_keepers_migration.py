"""The migrations that move innovation's, the enterprise pool's and the transformation pool's keepers into core's one
Keeper table."""
import pytest

from actiondesk.core.keepers import keeper_department_ids
from actiondesk.core.models import Keeper

BEFORE = [("innovation", "0001_initial"), ("enterprises", "0010_listing_ladder_replaces_ipo_stage")]
AFTER = [("innovation", "0003_remove_old_keepers"), ("enterprises", "0012_remove_old_keepers")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_copies_the_old_keeper_rows_into_core_and_back(zone, departments, migrate_to):
    old = migrate_to(BEFORE)
    old.get_model("innovation", "InnovationKeeper").objects.create(
        zone_id=zone.pk, area="registry", department_id=departments["投资促进局"].pk)
    old.get_model("innovation", "InnovationKeeper").objects.create(
        zone_id=zone.pk, area="scenes", department_id=departments["规划建设局"].pk)
    old.get_model("enterprises", "PoolKeeper").objects.create(zone_id=zone.pk,
                                                              department_id=departments["产业创新局"].pk)
    migrate_to(AFTER)
    assert sorted(Keeper.objects.values_list("area", "department__name")) == [
        ("enterprises.pool", "产业创新局"), ("innovation.registry", "投资促进局"), ("innovation.scenes", "规划建设局")]
    assert keeper_department_ids(zone.pk, "innovation.registry") == {departments["投资促进局"].pk}

    old = migrate_to(BEFORE)  # reversible: the rows go back to the old tables
    assert sorted(old.get_model("innovation", "InnovationKeeper").objects.values_list("area", flat=True)) == [
        "registry", "scenes"]
    assert old.get_model("enterprises", "PoolKeeper").objects.get().department_id == departments["产业创新局"].pk
    assert not Keeper.objects.exists()
    migrate_to(AFTER)
    assert Keeper.objects.count() == 3


TRANSFORMATION_BEFORE = [("transformation", "0001_initial")]
TRANSFORMATION_AFTER = [("transformation", "0003_remove_editors")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_copies_the_transformation_editors_into_core_and_back(zone, other_zone, departments, migrate_to):
    from actiondesk.org.models import Department

    old = migrate_to(TRANSFORMATION_BEFORE)
    Settings = old.get_model("transformation", "TransformationSettings")
    named = Settings.objects.create(zone_id=zone.pk, diagnosis_validity_months=12)
    named.editors.add(departments["发展改革局"].pk, departments["投资促进局"].pk)
    default = Department.objects.create(zone=other_zone, name="产业创新局")  # a zone whose setting names no editor
    Settings.objects.create(zone_id=other_zone.pk, diagnosis_validity_months=6)
    migrate_to(TRANSFORMATION_AFTER)
    assert sorted(Keeper.objects.values_list("zone_id", "area", "department__name")) == [
        (zone.pk, "transformation.pool", "发展改革局"), (zone.pk, "transformation.pool", "投资促进局")]
    assert keeper_department_ids(zone.pk, "transformation.pool") == {departments["发展改革局"].pk,
                                                                     departments["投资促进局"].pk}
    assert keeper_department_ids(other_zone.pk, "transformation.pool") == {default.pk}  # the default keeps it

    old = migrate_to(TRANSFORMATION_BEFORE)  # reversible: the editors come back, each setting keeps its validity
    Settings = old.get_model("transformation", "TransformationSettings")
    editors = {s.zone_id: (s.diagnosis_validity_months, sorted(s.editors.values_list("name", flat=True)))
               for s in Settings.objects.all()}
    assert editors == {zone.pk: (12, ["发展改革局", "投资促进局"]), other_zone.pk: (6, ["产业创新局"])}
    assert not Keeper.objects.exists()
    migrate_to(TRANSFORMATION_AFTER)
    assert Keeper.objects.count() == 3
