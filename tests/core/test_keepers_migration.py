"""The migrations that move innovation's and the enterprise pool's keepers into core's one Keeper table."""
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from actiondesk.core.keepers import keeper_department_ids
from actiondesk.core.models import Keeper

BEFORE = [("innovation", "0001_initial"), ("enterprises", "0010_listing_ladder_replaces_ipo_stage")]
AFTER = [("innovation", "0003_remove_old_keepers"), ("enterprises", "0012_remove_old_keepers")]


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.mark.django_db(transaction=True)
def test_the_migration_copies_the_old_keeper_rows_into_core_and_back(zone, departments):
    old = _migrate(BEFORE)
    old.get_model("innovation", "InnovationKeeper").objects.create(
        zone_id=zone.pk, area="registry", department_id=departments["投资促进局"].pk)
    old.get_model("innovation", "InnovationKeeper").objects.create(
        zone_id=zone.pk, area="scenes", department_id=departments["规划建设局"].pk)
    old.get_model("enterprises", "PoolKeeper").objects.create(zone_id=zone.pk,
                                                              department_id=departments["产业创新局"].pk)
    _migrate(AFTER)
    assert sorted(Keeper.objects.values_list("area", "department__name")) == [
        ("enterprises.pool", "产业创新局"), ("innovation.registry", "投资促进局"), ("innovation.scenes", "规划建设局")]
    assert keeper_department_ids(zone.pk, "innovation.registry") == {departments["投资促进局"].pk}

    old = _migrate(BEFORE)  # reversible: the rows go back to the old tables
    assert sorted(old.get_model("innovation", "InnovationKeeper").objects.values_list("area", flat=True)) == [
        "registry", "scenes"]
    assert old.get_model("enterprises", "PoolKeeper").objects.get().department_id == departments["产业创新局"].pk
    assert not Keeper.objects.exists()
    _migrate(AFTER)
    assert Keeper.objects.count() == 3
