"""The 招商线索 .xlsx import: new leads recorded, known ones moved forward, every bad row reported, nothing written
while there is any, one audit entry; 签约 stays on the lead's page; the export reads back as it is."""
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
from actiondesk.core.spreadsheets import Workbook
from actiondesk.investment.models import Lead, LeadStageEvent
from actiondesk.investment.selectors import conversion
from actiondesk.investment.services_import import leads_import
from tests.helpers import workbook_bytes

pytestmark = pytest.mark.django_db

HEADERS = ["目标企业", "所在地", "产业链", "补链环节", "线索来源", "推荐企业统一社会信用代码", "阶段", "阶段日期", "责任部门",
           "投资额(万元)", "登记日期", "进展说明"]


def upload(client, data: bytes, name="leads.xlsx"):
    return client.post(reverse("investment:lead_import"), {"file": SimpleUploadedFile(name, data)})


def sheet(*rows) -> bytes:
    return workbook_bytes({"招商线索": [HEADERS, *rows]})


def good_file() -> bytes:
    return sheet(
        ["苏州精密减速机股份有限公司", "苏州", "特种机器人", "精密减速器", "链主推荐", "91210400MA0LEADER1", "终止",
         "2026-05-10", "", 40000, "", "对方转投他处"],
        ["沈阳伺服电机有限公司", "沈阳", "特种机器人", "机器人本体", "展会活动", "", "考察", "2026-04-15", "", 8000,
         "2026-03-02", "工博会上结识"],
        ["大连视觉科技有限公司", "", "特种机器人", "", "", "", "", "", "", "", "", ""],
    )


def test_the_pipeline_department_imports_new_and_known_leads_in_one_audited_batch(login, carol, reducer_lead):
    response = upload(login(carol), good_file())
    assert response.status_code == 302
    reducer_lead.refresh_from_db()
    assert reducer_lead.stage == "dropped" and reducer_lead.stage_on == datetime.date(2026, 5, 10)
    assert reducer_lead.expected_investment == Decimal("40000") and reducer_lead.note == "对方转投他处"
    servo = Lead.objects.get(company_name="沈阳伺服电机有限公司")
    assert servo.stage == "visit" and servo.source == "event" and servo.segment.name == "机器人本体"
    assert servo.department.name == "投资促进局" and servo.created_on == datetime.date(2026, 3, 2)
    assert list(servo.events.values_list("stage", "on")) == [("lead", datetime.date(2026, 3, 2)),
                                                            ("visit", datetime.date(2026, 4, 15))]
    vision = Lead.objects.get(company_name="大连视觉科技有限公司")
    assert vision.stage == "lead" and vision.source == "direct" and vision.segment is None
    entry = AuditEntry.objects.get(action=AuditAction.IMPORT)
    assert entry.actor == carol and entry.batch["created"] == 2 and entry.batch["updated"] == 1
    # the funnel counts the imported stages: the servo lead reached 考察
    by_source = {r["key"]: r for r in conversion(Lead.objects.all(), by="source")}
    assert by_source["event"]["reached"] == [1, 1, 1, 0, 0]


def test_every_bad_row_is_reported_and_nothing_is_written(login, carol, reducer_lead):
    data = sheet(
        ["苏州精密减速机股份有限公司", "", "特种机器人", "", "", "", "接触", "", "", "", "", ""],  # backwards
        ["甲公司", "", "没有的链", "", "", "", "", "", "", "", "", ""],
        ["乙公司", "", "特种机器人", "不存在的环节", "路过", "91000000000000000X", "签约", "2999-01-01", "规划建设局",
         -1, "", ""],
        ["丙公司", "", "特种机器人", "", "", "", "", "", "", "", "", ""],
        ["丙公司", "", "特种机器人", "", "", "", "", "", "", "", "", ""],
    )
    response = upload(login(carol), data)
    assert response.status_code == 400
    found = {(e.row, e.column) for e in response.context["reading"].errors}
    assert found == {(2, "阶段"), (3, "产业链"), (4, "补链环节"), (4, "线索来源"), (4, "推荐企业统一社会信用代码"),
                     (4, "阶段"), (4, "阶段日期"), (4, "责任部门"), (4, "投资额(万元)"), (6, "目标企业")}
    assert "只能向后推进" in response.content.decode()
    assert Lead.objects.count() == 1 and Lead.objects.get().stage == "negotiation"
    assert not AuditEntry.objects.filter(action=AuditAction.IMPORT).exists()


def test_signing_is_left_to_the_leads_page(login, admin, reducer_lead):
    data = sheet(["苏州精密减速机股份有限公司", "", "特种机器人", "", "", "", "签约", "", "", "", "", ""])
    response = upload(login(admin), data)
    assert response.status_code == 400 and "签约请在线索页办理" in response.content.decode()
    assert reducer_lead.project is None


def test_an_admin_names_another_department_and_staff_cannot(login, admin, carol, reducer_lead):
    row = ["甲公司", "", "特种机器人", "", "", "", "", "", "产业创新局", "", "", ""]
    assert upload(login(carol), sheet(row)).status_code == 400
    assert upload(login(admin), sheet(row)).status_code == 302
    assert Lead.objects.get(company_name="甲公司").department.name == "产业创新局"


@pytest.mark.parametrize("who", ["alice", "bob", "leader", "supervisor"])
def test_other_departments_and_roles_cannot_import(request, login, reducer_lead, who):
    client = login(request.getfixturevalue(who))
    assert client.get(reverse("investment:lead_import")).status_code == 403
    assert client.get(reverse("investment:import_template")).status_code == 403
    assert upload(client, good_file()).status_code == 403
    assert Lead.objects.count() == 1


def test_an_outsider_cannot_reach_this_zones_leads(login, mallory, reducer_lead):
    response = upload(login(mallory), good_file())
    assert response.status_code == 400  # her zone has none of these chains, departments or enterprises
    assert {e.row for e in response.context["reading"].errors if e.column == "产业链"} == {2, 3, 4}
    reducer_lead.refresh_from_db()
    assert reducer_lead.stage == "negotiation" and Lead.objects.count() == 1


def test_the_export_reads_back_unchanged(login, carol, reducer_lead):
    client = login(carol)
    exported = client.get(reverse("investment:lead_list"), {"export": "xlsx"}).content
    before = list(Lead.objects.values())
    assert upload(client, exported).status_code == 302
    assert list(Lead.objects.values()) == before and LeadStageEvent.objects.count() == 4


def test_formula_looking_text_is_stored_and_exported_as_text(login, carol, robot_chain):
    book = Workbook()
    book.add_table("招商线索", HEADERS, [["=1+1公司", "+86 苏州", "特种机器人", "", "", "", "", "", "", None, None,
                                      "=HYPERLINK(\"http://x\")"]])
    assert upload(login(carol), book.close()).status_code == 302
    lead = Lead.objects.get()
    assert lead.company_name == "=1+1公司" and lead.note == '=HYPERLINK("http://x")'
    exported = login(carol).get(reverse("investment:lead_list"), {"export": "xlsx"}).content
    cells = {c.value: c.data_type for row in load_workbook(io.BytesIO(exported)).active.iter_rows() for c in row
             if c.value}
    assert cells["=1+1公司"] == "s" and cells['=HYPERLINK("http://x")'] == "s" and cells["+86 苏州"] == "s"


def test_the_template_holds_the_columns_and_no_formula(login, carol):
    book = load_workbook(io.BytesIO(login(carol).get(reverse("investment:import_template")).content))
    assert [c.value for c in book["招商线索"][1]] == [
        "目标企业", "所在地", "产业链", "补链环节", "线索来源", "推荐企业统一社会信用代码", "来源说明", "阶段", "阶段日期",
        "责任部门", "投资额(万元)", "登记日期", "进展说明"]
    assert all(not str(c.value or "").startswith("=") for row in book.active.iter_rows() for c in row)


def test_the_command_imports_as_the_page_does_and_lists_bad_rows(tmp_path, robot_chain, capsys):
    path = tmp_path / "leads.xlsx"
    path.write_bytes(sheet(["甲公司", "", "特种机器人", "", "", "", "", "", "", "", "", ""]))
    call_command("leads_import", str(path), "--json")
    assert '"created": 1' in capsys.readouterr().out
    path.write_bytes(sheet(["乙公司", "", "没有的链", "", "", "", "", "", "", "", "", ""]))
    with pytest.raises(BadInput):
        call_command("leads_import", str(path))
    assert "没有这个产业链" in capsys.readouterr().err and Lead.objects.count() == 1


def test_the_import_service_itself_refuses_another_department(bob, zone, robot_chain):
    with pytest.raises(PermissionDenied):
        leads_import(zone=zone, acting_user=bob, data=good_file(), file_name="x.xlsx")
