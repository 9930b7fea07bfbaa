"""Enterprises and projects are placed in registry parks: the migration from the free-text field, the imports."""
import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.imports.service import enterprises_import
from actiondesk.enterprises.models import Enterprise
from actiondesk.parks.models import Park
from tests.enterprises.sheets import code, row, write_xlsx


@pytest.mark.django_db(transaction=True)
def test_the_migration_makes_a_park_of_each_distinct_text_and_keeps_every_placement(departments, zone, other_zone):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("enterprises", "0006_edit_version"), ("projects", "0003_edit_version")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    OldEnterprise, OldProject = old.get_model("enterprises", "Enterprise"), old.get_model("projects", "Project")
    OldDepartment = old.get_model("org", "Department")
    for n, (zone_id, park) in enumerate([(zone.pk, "联东U谷"), (zone.pk, "联东U谷"), (zone.pk, "中南高科"),
                                         (zone.pk, ""), (other_zone.pk, "联东U谷")]):
        OldEnterprise.objects.create(zone_id=zone_id, credit_code=code(n + 1), name=f"企业{n}", park=park)
    OldProject.objects.create(zone_id=zone.pk, code="P-1", name="项目", park="苏辽合作产业园", total_investment=1,
                              lead_department=OldDepartment.objects.filter(zone_id=zone.pk).first())
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert sorted(Park.objects.filter(zone=zone).values_list("name", flat=True)) == ["中南高科", "联东U谷", "苏辽合作产业园"]
    assert Park.objects.filter(zone=other_zone).count() == 1  # each zone its own parks
    placed = {e.name: e.park.name if e.park else "" for e in Enterprise.objects.filter(zone=zone)}
    assert placed == {"企业0": "联东U谷", "企业1": "联东U谷", "企业2": "中南高科", "企业3": ""}
    assert Park.objects.get(zone=zone, name="联东U谷").department.name == "发展改革局"
    from actiondesk.projects.models import Project

    assert Project.objects.get(code="P-1").park.name == "苏辽合作产业园"


@pytest.mark.django_db
def test_an_import_places_enterprises_in_registry_parks_and_adds_a_park_it_names_first(zone, departments, tmp_path):
    known = Park.objects.create(zone=zone, name="智能制造产业园")
    path = write_xlsx(tmp_path / "parks.xlsx", [row(1), row(2, park="锦联梦工厂"), row(3, park="")])
    result = enterprises_import(zone=zone, data=path.read_bytes(), file_name=path.name, actor=SYSTEM)
    assert result.ok and result.summary["parks_created"] == ["锦联梦工厂"]
    assert Enterprise.objects.get(credit_code=code(1)).park == known
    assert Enterprise.objects.get(credit_code=code(2)).park.name == "锦联梦工厂"
    assert Enterprise.objects.get(credit_code=code(3)).park is None
    again = enterprises_import(zone=zone, data=path.read_bytes(), file_name=path.name, actor=SYSTEM)
    assert again.summary["unchanged"] == 3 and again.summary["parks_created"] == []
