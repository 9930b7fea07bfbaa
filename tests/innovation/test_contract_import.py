import datetime
from decimal import Decimal

from actiondesk.core.models import AuditEntry
from actiondesk.core.spreadsheets import xlsx_bytes
from actiondesk.innovation import services, spreadsheets
from actiondesk.innovation.models import TechContract


def sheet(*rows):
    return xlsx_bytes("技术合同登记", spreadsheets.HEADERS, rows)


def test_a_registration_export_is_read_and_written_with_one_audit_entry(zone, alice):
    content = sheet(["2026-001", "技术开发", "东北大学", "沈抚精工", "技术开发", 120, datetime.date(2026, 3, 1)],
                    ["2026-002", "技术服务", "中科院金属所", "鹏悦科技", "技术服务", "80.5", datetime.date(2026, 4, 2)])
    reading = spreadsheets.read_contracts(content, file_name="合同.xlsx")
    assert reading.errors == []
    result = services.contracts_import_save(zone=zone, rows=reading.rows, acting_user=alice, file_name="合同.xlsx",
                                            sha256=reading.sha256)
    assert result == {"created": 2, "updated": 0, "unchanged": 0}
    assert TechContract.objects.get(number="2026-002").amount == Decimal("80.5")
    assert AuditEntry.objects.filter(action="import").count() == 1


def test_every_bad_row_is_reported_with_row_column_value_and_reason(zone):
    content = sheet(["2026-001", "技术开发", "东北大学", "沈抚精工", "技术买卖", 120, datetime.date(2026, 3, 1)],
                    ["2026-002", "技术服务", "中科院金属所", "鹏悦科技", "技术服务", -5, datetime.date(2026, 4, 2)],
                    ["2026-002", "技术服务", "中科院金属所", "鹏悦科技", "技术服务", 5, datetime.date(2026, 4, 2)])
    reading = spreadsheets.read_contracts(content, file_name="合同.xlsx")
    assert [(e.row, e.column) for e in reading.errors] == [(2, "合同类型"), (3, "成交额（万元）"), (4, "合同编号")]
    assert "合同类型应为" in reading.errors[0].reason


def test_the_template_reads_back_without_errors():
    reading = spreadsheets.read_contracts(spreadsheets.contracts_template(), file_name="t.xlsx")
    assert reading.errors == [] and len(reading.rows) == 1


def test_a_talent_sheet_replaces_the_years_figures_and_reports_bad_rows(client, login, alice, bob, zone, robot_chain):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from actiondesk.innovation.models import TalentRecord

    good = xlsx_bytes("产业人才", spreadsheets.TALENT_HEADERS, [
        [2026, "特种机器人", "科技创新人才", "需求", 30, "企业填报"], [2026, "特种机器人", "科技创新人才", "供给", 12, "人才市场"]])
    bad = xlsx_bytes("产业人才", spreadsheets.TALENT_HEADERS, [[2026, "航天", "科技创新人才", "需求", 30, ""],
                                                           [2026, "特种机器人", "工程师", "需求", -1, ""]])
    reading = spreadsheets.read_talent(bad, chains={"特种机器人": robot_chain.pk}, file_name="b.xlsx")
    assert [(e.row, e.column) for e in reading.errors] == [(2, "产业链"), (3, "人才类别"), (3, "人数")]
    login(bob)
    assert client.post("/innovation/talent/import/", {"file": SimpleUploadedFile("t.xlsx", good)}).status_code == 403
    login(alice)
    client.post("/innovation/talent/import/", {"file": SimpleUploadedFile("t.xlsx", good)})
    client.post("/innovation/talent/import/", {"file": SimpleUploadedFile("t.xlsx", good)})
    assert TalentRecord.objects.filter(zone=zone).count() == 2
    assert "30 / 12 / <strong>18</strong>" in client.get("/innovation/talent/?year=2026").content.decode()
