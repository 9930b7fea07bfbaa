"""The park registry's .xlsx import: parks and parcels with 标准地 terms and 七通一平, every bad row reported,
nothing written while there is any, one audit entry; the export reads back as it is."""
import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook

from actiondesk.core.commands import BadInput
from actiondesk.core.models import AuditAction, AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import Workbook
from actiondesk.parks import services
from actiondesk.parks.models import LandParcel, ParcelReadiness, Park
from actiondesk.parks.services_import import parks_import
from tests.helpers import workbook_bytes

pytestmark = pytest.mark.django_db

PARK_HEADERS = ["园区名称", "园区类型", "规划面积(亩)", "运营平台", "说明"]
PARCEL_HEADERS = ["园区名称", "地块编号", "面积(亩)", "用地性质", "状态", "亩均投资强度(万元/亩)≥", "亩均税收(万元/亩)≥",
                  "通路", "通电", "场地平整"]


def upload(client, data: bytes, name="parks.xlsx"):
    return client.post(reverse("parks:park_import"), {"file": SimpleUploadedFile(name, data)})


def good_file() -> bytes:
    return workbook_bytes({
        "园区": [PARK_HEADERS, ["联东U谷", "现代产业园区", 1200, "联东集团（新）", ""],
                 ["苏辽合作产业园", "新兴产业园区", 2400, "苏辽合作平台", "新建园区"]],
        "地块": [PARCEL_HEADERS,
                 ["联东U谷", "SF-07-01", 80, "工业用地", "待出让", 320, 22, "✓", "2026-04-01", "否"],
                 ["苏辽合作产业园", "SL-01", 150, "", "", 300, "", "✓", "", ""]],
    })


def test_the_parks_department_imports_parks_and_parcels_in_one_audited_batch(login, bob, park):
    response = upload(login(bob), good_file())
    assert response.status_code == 302
    park.refresh_from_db()
    new = Park.objects.get(name="苏辽合作产业园")
    assert park.area_mu == Decimal("1200") and park.operator == "联东集团（新）"
    assert new.kind == "emerging" and new.department.name == "发展改革局" and new.note == "新建园区"
    parcel = LandParcel.objects.get(park=park, code="SF-07-01")
    assert parcel.status == "ready" and parcel.min_investment_per_mu == Decimal("320")
    states = {r.item: (r.is_ready, r.ready_on) for r in ParcelReadiness.objects.filter(parcel=parcel)}
    assert states["road"] == (True, datetime.date(2026, 3, 1))  # already done: keeps its date
    assert states["power"] == (True, datetime.date(2026, 4, 1))
    sl = LandParcel.objects.get(park=new, code="SL-01")
    assert sl.land_use == "工业用地" and sl.status == "reserve"  # defaults for cells left empty
    assert ParcelReadiness.objects.get(parcel=sl, item="road").is_ready
    entry = AuditEntry.objects.get(action=AuditAction.IMPORT)
    assert entry.actor == bob and entry.batch["created"] == 2 and entry.batch["updated"] == 2
    assert "园区/联东U谷" in entry.batch["previous"]


def test_every_bad_row_is_reported_and_nothing_is_written(login, bob, park):
    data = workbook_bytes({
        "园区": [PARK_HEADERS, ["新园区", "大型园区", -5, "", ""], ["新园区", "", "", "", ""]],
        "地块": [PARCEL_HEADERS,
                 ["没有的园区", "X-1", 10, "", "", "", "", "", "", ""],
                 ["联东U谷", "SF-07-01", 0, "", "卖了", "", "", "也许", "2999-01-01", ""],
                 ["联东U谷", "SF-09", 10, "", "", "", "", "", "", ""],
                 ["联东U谷", "SF-09", 10, "", "", "", "", "", "", ""]],
    })
    response = upload(login(bob), data)
    assert response.status_code == 400
    errors = {(e.row, e.column, e.reason.split("（")[0][:6]) for e in response.context["reading"].errors}
    columns = {(row, column) for row, column, _reason in errors}
    assert {(2, "园区·园区类型"), (2, "园区·规划面积(亩)"), (3, "园区·园区名称"), (2, "地块·园区名称"),
            (3, "地块·面积(亩)"), (3, "地块·状态"), (3, "地块·通路"), (5, "地块·地块编号")} <= columns
    assert len(response.context["reading"].errors) == 9  # also 通电 dated in the future on row 3
    body = response.content.decode()
    assert 'id="import-errors"' in body and "没有的园区" in body
    assert not Park.objects.filter(name="新园区").exists() and LandParcel.objects.count() == 1
    assert LandParcel.objects.get().area_mu == Decimal("80")
    assert not AuditEntry.objects.filter(action=AuditAction.IMPORT).exists()


def test_one_bad_row_among_good_ones_keeps_every_good_row_out(login, admin, park):
    data = workbook_bytes({"园区": [PARK_HEADERS, ["甲园区", "", 10, "", ""], ["乙园区", "", "很多", "", ""]]})
    response = upload(login(admin), data)
    assert response.status_code == 400 and not Park.objects.filter(name="甲园区").exists()


def test_a_park_kept_by_another_department_is_refused_row_by_row(login, admin, bob, park, departments):
    services.park_update(park=park, acting_user=SYSTEM, department=departments["规划建设局"])  # set-up
    response = upload(login(bob), good_file())
    reasons = [(e.row, e.column) for e in response.context["reading"].errors]
    assert response.status_code == 400 and reasons == [(2, "园区·园区名称"), (2, "地块·园区名称")]
    assert upload(login(admin), good_file()).status_code == 302  # an admin changes any park


@pytest.mark.parametrize("who", ["alice", "leader", "supervisor"])
def test_other_departments_other_roles_and_outsiders_cannot_import(request, login, park, who):
    client = login(request.getfixturevalue(who))
    assert client.get(reverse("parks:park_import")).status_code == 403
    assert client.get(reverse("parks:import_template")).status_code == 403
    assert upload(client, good_file()).status_code == 403
    assert not Park.objects.filter(name="苏辽合作产业园").exists()


def test_an_outsider_imports_into_their_own_zone_only(login, mallory, park, other_zone):
    assert upload(login(mallory), good_file()).status_code == 302
    park.refresh_from_db()
    assert park.operator == "联东集团" and LandParcel.objects.filter(park=park).count() == 1
    assert set(Park.objects.filter(zone=other_zone).values_list("name", flat=True)) == {"联东U谷", "苏辽合作产业园"}


def test_the_export_reads_back_unchanged(login, bob, park):
    client = login(bob)
    exported = client.get(reverse("parks:park_list"), {"export": "xlsx"}).content
    before = [(p.name, p.kind, p.area_mu, p.operator) for p in Park.objects.all()]
    readiness = list(ParcelReadiness.objects.values_list("item", "is_ready", "ready_on"))
    assert upload(client, exported, "parks.xlsx").status_code == 302
    assert [(p.name, p.kind, p.area_mu, p.operator) for p in Park.objects.all()] == before
    assert list(ParcelReadiness.objects.values_list("item", "is_ready", "ready_on")) == readiness


def test_the_template_has_both_sheets_and_no_formula(login, bob, park):
    response = login(bob).get(reverse("parks:import_template"))
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["园区", "地块"]
    assert [c.value for c in book["地块"][1]][:3] == ["园区名称", "地块编号", "面积(亩)"]
    assert all(not str(c.value or "").startswith("=") for row in book["地块"].iter_rows() for c in row)


def test_formula_looking_text_is_stored_and_exported_as_text(login, bob, park):
    book = Workbook()  # written as text cells, as a user's typed text arrives
    book.add_table("园区", PARK_HEADERS, [["=1+2园区", "", None, '=HYPERLINK("x")', "@SUM(A1)"]])
    data = book.close()
    assert upload(login(bob), data).status_code == 302
    assert Park.objects.filter(name="=1+2园区", operator='=HYPERLINK("x")').exists()
    exported = login(bob).get(reverse("parks:park_list"), {"export": "xlsx"}).content
    sheet = load_workbook(io.BytesIO(exported))["园区"]
    cells = {c.value: c.data_type for row in sheet.iter_rows() for c in row if c.value}
    assert cells["=1+2园区"] == "s" and cells['=HYPERLINK("x")'] == "s"


def test_the_command_imports_as_the_page_does_and_lists_bad_rows(tmp_path, park, capsys):
    path = tmp_path / "parks.xlsx"
    path.write_bytes(good_file())
    call_command("parks_import", str(path), "--json")
    assert '"parks_created": 1' in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(workbook_bytes({"园区": [PARK_HEADERS, ["丙园区", "", -1, "", ""]]}))
    with pytest.raises(BadInput):
        call_command("parks_import", str(bad))
    assert "规划面积" in capsys.readouterr().err and not Park.objects.filter(name="丙园区").exists()


def test_a_file_without_either_sheet_is_refused_as_a_whole(login, bob, park):
    response = upload(login(bob), workbook_bytes({"Sheet1": [["甲"], ["乙"]]}))
    assert response.status_code == 400 and "园区" in response.context["form"].errors["file"][0]


def test_the_import_service_itself_refuses_a_department_that_does_not_keep_parks(alice, park, zone):
    with pytest.raises(PermissionDenied):
        parks_import(zone=zone, acting_user=alice, data=good_file(), file_name="x.xlsx")
