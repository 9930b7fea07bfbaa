"""要素保障 needs point at a land parcel of the zone: the service refuses another zone's parcel, the add form
offers the project's parcel, the project page and the park page show the link, the ledger's 要素保障 sheet reads
and the factor list exports it."""
import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from python_calamine import CalamineWorkbook

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.parks.models import LandParcel, Park
from actiondesk.projects import services
from actiondesk.projects.choices import FactorKind
from actiondesk.projects.imports import ledger_import, ledger_validate
from actiondesk.projects.ledger_extras import FACTOR_COLUMNS
from actiondesk.projects.models import FactorNeed
from tests.helpers import workbook_bytes
from tests.projects.ledger_sheets import HEADERS, TODAY, row

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
NEED_HEADERS = [c.header for c in FACTOR_COLUMNS]


@pytest.fixture
def parcel(zone, departments):
    park = Park.objects.create(zone=zone, name="联东U谷", department=departments["发展改革局"])
    return LandParcel.objects.create(park=park, code="SF-07-01", area_mu=Decimal("80"))


@pytest.fixture
def foreign_parcel(other_zone):
    park = Park.objects.create(zone=other_zone, name="别处园区")
    return LandParcel.objects.create(park=park, code="X-01", area_mu=Decimal("10"))


def _need(project, departments, **fields):
    values = {"kind": FactorKind.LAND, "quantity": Decimal("60"), "unit": "亩", "description": "一期用地",
              "department": departments["规划建设局"], "planned_on": datetime.date(2026, 6, 30)}
    values.update(fields)
    return services.factor_need_create(project=project, acting_user=SYSTEM, today=datetime.date(2026, 10, 1),
                                       **values)  # test set-up


def _form(departments, prefix="need", **values):
    data = {"kind": "land", "quantity": "50", "unit": "亩", "department": departments["规划建设局"].pk,
            "planned_on": "2026-06-30", "status": "planned"}
    data.update(values)
    return {f"{prefix}-{k}": v for k, v in data.items()}


def test_a_need_points_at_a_parcel_of_the_zone_and_the_audit_entry_names_it(make_project, departments, parcel):
    need = _need(make_project(), departments, parcel=parcel)
    assert need.parcel == parcel
    entry = AuditEntry.objects.get(action="create", content_type__model="factorneed", object_id=str(need.pk))
    assert entry.after["parcel_id"] == parcel.pk


def test_a_parcel_of_another_zone_is_refused_on_create_and_on_update(make_project, departments, foreign_parcel,
                                                                      parcel):
    project = make_project()
    with pytest.raises(ValidationError) as refused:
        _need(project, departments, parcel=foreign_parcel)
    assert "地块不属于本示范区" in refused.value.message_dict["parcel"]
    need = _need(project, departments, parcel=parcel)
    with pytest.raises(ValidationError):
        services.factor_need_update(need=need, acting_user=SYSTEM, parcel=foreign_parcel)  # the service's own rule
    need.refresh_from_db()
    assert need.parcel == parcel


def test_the_add_form_offers_the_projects_parcel_and_only_this_zones_parcels(login, alice, make_project, parcel,
                                                                               foreign_parcel):
    project = make_project(department="产业创新局", park=parcel.park, parcel=parcel)
    body = login(alice).get(reverse("projects:project_detail", args=[project.pk])).content.decode()
    assert f'<option value="{parcel.pk}" selected>联东U谷 SF-07-01</option>' in body
    assert "别处园区" not in body


def test_the_lead_department_points_a_need_at_a_parcel_and_the_project_page_shows_it(login, alice, make_project,
                                                                                      departments, parcel):
    project = make_project(department="产业创新局")
    response = login(alice).post(reverse("projects:need_add", args=[project.pk]),
                                 _form(departments, parcel=parcel.pk), **HTMX)
    body = response.content.decode()
    assert response.status_code == 200 and project.factor_needs.get().parcel == parcel
    assert "联东U谷 SF-07-01" in body and f"#parcel-{parcel.pk}" in body


def test_a_forged_parcel_of_another_zone_is_refused_and_what_was_typed_stays(login, alice, make_project,
                                                                             departments, foreign_parcel):
    project = make_project(department="产业创新局")
    body = login(alice).post(reverse("projects:need_add", args=[project.pk]),
                             _form(departments, parcel=foreign_parcel.pk, description="二期用地"),
                             **HTMX).content.decode()
    assert not FactorNeed.objects.exists() and 'value="二期用地"' in body


def test_the_park_page_lists_the_needs_pointing_at_its_parcels(login, leader, make_project, departments, parcel):
    project = make_project(name="精密减速器项目")
    _need(project, departments, parcel=parcel)
    _need(project, departments, kind=FactorKind.FUNDING, quantity=None, unit="", description="贷款")  # no parcel
    body = login(leader).get(reverse("parks:park_detail", args=[parcel.park_id])).content.decode()
    panel = body[body.index('id="parcel-needs"'):]
    assert 'data-parcel-need="SF-07-01"' in panel and "精密减速器项目" in panel and "一期用地" in panel
    assert "贷款" not in panel


def test_an_outsider_sees_neither_the_park_nor_its_parcel_needs(login, mallory, make_project, departments, parcel):
    _need(make_project(), departments, parcel=parcel)
    assert login(mallory).get(reverse("parks:park_detail", args=[parcel.park_id])).status_code == 404


@pytest.mark.parametrize("n", [2, 60])
def test_the_park_page_with_parcel_needs_runs_bounded_queries(login, leader, make_project, departments, parcel, n,
                                                              django_assert_max_num_queries):
    project = make_project()
    FactorNeed.objects.bulk_create([FactorNeed(project=project, kind=FactorKind.LAND, parcel=parcel,
                                               description=f"用地{i}", department=departments["规划建设局"],
                                               planned_on=datetime.date(2026, 6, 30)) for i in range(n)])
    client = login(leader)
    with django_assert_max_num_queries(20):
        body = client.get(reverse("parks:park_detail", args=[parcel.park_id])).content.decode()
    assert body.count("data-parcel-need=") == min(n, 50)


def _workbook(needs) -> bytes:
    return workbook_bytes({"项目台账": [HEADERS, row()], "要素保障": [NEED_HEADERS, *needs]})


def _sheet_row(**values):
    base = {"项目编号": "SF-001", "要素类别": "用地", "需求量": 120, "单位": "亩", "需求说明": "一期用地",
            "保障部门": "规划建设局", "计划保障日期": "2026-05-01", "状态": "保障中"}
    base.update(values)
    return [base.get(h, "") for h in NEED_HEADERS]


def test_the_ledgers_need_sheet_names_a_parcel_by_park_and_code(zone, departments, parcel):
    reading = ledger_validate(_workbook([_sheet_row(地块所在园区="联东U谷", 地块编号="SF-07-01")]), zone=zone,
                              file_name="台账.xlsx", year=2026, today=TODAY)
    assert reading.errors == []
    ledger_import(reading=reading, zone=zone, acting_user=SYSTEM)
    assert FactorNeed.objects.get().parcel == parcel


def test_the_ledgers_need_sheet_refuses_an_unknown_parcel_and_another_zones_parcel(zone, departments, parcel,
                                                                                   foreign_parcel):
    reading = ledger_validate(_workbook([_sheet_row(地块编号="NO-SUCH"),
                                         _sheet_row(需求说明="二期", 地块所在园区="别处园区", 地块编号="X-01")]),
                              zone=zone, file_name="台账.xlsx", year=2026, today=TODAY)
    reasons = {(e.row, e.column): e.reason for e in reading.errors}
    assert reasons == {(2, "要素保障·地块编号"): "园区名录中没有这个地块", (3, "要素保障·地块编号"): "园区名录中没有这个地块"}


def test_the_factor_list_export_shows_each_needs_parcel(login, leader, make_project, departments, parcel):
    _need(make_project(), departments, parcel=parcel)
    response = login(leader).get(reverse("projects:factor_list"), {"export": "xlsx"})
    rows = CalamineWorkbook.from_filelike(io.BytesIO(response.content)).get_sheet_by_index(0).to_python()
    header = rows[0].index("地块")
    assert any(r[header] == "联东U谷 SF-07-01" for r in rows[1:])


def test_the_api_lists_adds_and_changes_needs_with_their_parcel(login, alice, bob, mallory, make_project,
                                                                departments, parcel, foreign_parcel):
    project = make_project(department="产业创新局")
    url = f"/api/projects/{project.pk}/factor-needs"
    body = {"kind": "land", "quantity": "40", "unit": "亩", "description": "一期用地", "parcel_id": parcel.pk,
            "department_id": departments["规划建设局"].pk, "planned_on": "2026-06-30"}
    assert login(bob).post(url, body, content_type="application/json").status_code == 403
    assert login(mallory).post(url, body, content_type="application/json").status_code == 404
    assert login(mallory).get(url).status_code == 404
    created = login(alice).post(url, body, content_type="application/json")
    assert created.status_code == 201 and created.json()["parcel"] == "联东U谷 SF-07-01"
    need_url = f"/api/projects/factor-needs/{created.json()['id']}"
    refused = login(alice).patch(need_url, {"parcel_id": foreign_parcel.pk}, content_type="application/json")
    assert refused.status_code == 422 and "地块不属于本示范区" in refused.content.decode()
    cleared = login(alice).patch(need_url, {"parcel_id": None}, content_type="application/json")
    assert cleared.status_code == 200 and cleared.json()["parcel_id"] is None
    assert login(mallory).patch(need_url, {"parcel_id": None}, content_type="application/json").status_code == 404
    assert [n["description"] for n in login(bob).get(url).json()] == ["一期用地"]
    assert AuditEntry.objects.filter(content_type__model="factorneed", actor=alice).count() == 2
