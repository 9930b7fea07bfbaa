import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from python_calamine import CalamineWorkbook

from actiondesk.chains.models import EnterpriseOutput, SegmentEnterprise
from actiondesk.chains.outputs import HEADERS, read_outputs
from actiondesk.core.models import AuditEntry
from actiondesk.enterprises.models import Enterprise
from tests.helpers import xlsx_bytes

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 10, 15)


def xlsx(rows, headers=HEADERS) -> bytes:
    return xlsx_bytes(rows, headers)


def _leader():
    return SegmentEnterprise.objects.get(role="leader").enterprise


def test_the_department_in_charge_types_a_months_output_in_one_audited_batch(login, alice, robot_chain):
    leader = _leader()
    other = SegmentEnterprise.objects.exclude(enterprise=leader).first().enterprise
    EnterpriseOutput.objects.create(enterprise=other, month=datetime.date(2026, 1, 1), output_value=5)
    response = login(alice).post(reverse("chains:chain_outputs", args=[robot_chain.pk]),
                                 {"month": "2026-01", f"value-{leader.pk}": "1200.5", f"value-{other.pk}": "80"})
    assert response.status_code == 302 and response["Location"].endswith("?month=2026-01")
    assert EnterpriseOutput.objects.get(enterprise=leader).output_value == Decimal("1200.50")
    assert EnterpriseOutput.objects.get(enterprise=other).output_value == Decimal("80")
    entry = AuditEntry.objects.get(object_id=str(robot_chain.pk), note="填报月度产值")
    assert entry.action == "update" and entry.batch["created"] == 1 and entry.batch["updated"] == 1
    assert entry.batch["previous"] == {f"{other.pk}/2026-01": "5"}


def test_a_bad_value_or_a_future_month_writes_nothing_and_says_why(login, alice, robot_chain):
    leader = _leader()
    url = reverse("chains:chain_outputs", args=[robot_chain.pk])
    bad = login(alice).post(url, {"month": "2026-01", f"value-{leader.pk}": "-3"})
    assert bad.status_code == 400 and "产值不能为负数" in bad.content.decode()
    future = login(alice).post(url, {"month": "2099-01", f"value-{leader.pk}": "3"})
    assert future.status_code == 400 and "尚未到来" in future.content.decode()
    assert not EnterpriseOutput.objects.exists() and not AuditEntry.objects.filter(note="填报月度产值").exists()


@pytest.mark.parametrize("user", ["bob", "leader"])
def test_other_departments_and_readers_cannot_enter_or_import_output(login, user, request, robot_chain):
    client = login(request.getfixturevalue(user))
    leader = _leader()
    assert client.get(reverse("chains:chain_outputs", args=[robot_chain.pk])).status_code == 403
    assert client.post(reverse("chains:chain_outputs", args=[robot_chain.pk]),
                       {"month": "2026-01", f"value-{leader.pk}": "1"}).status_code == 403
    upload = SimpleUploadedFile("o.xlsx", xlsx([[leader.credit_code, "", "2026-01", 1]]))
    assert client.post(reverse("chains:chain_outputs_import", args=[robot_chain.pk]),
                       {"file": upload}).status_code == 403
    assert client.get(reverse("chains:chain_outputs_template", args=[robot_chain.pk])).status_code == 403
    assert not EnterpriseOutput.objects.exists()


def test_the_template_lists_the_chains_enterprises_for_the_month(login, alice, robot_chain):
    response = login(alice).get(reverse("chains:chain_outputs_template", args=[robot_chain.pk]), {"month": "2026-09"})
    rows = CalamineWorkbook.from_filelike(io.BytesIO(response.content)).get_sheet_by_index(0).to_python()
    assert rows[0][:4] == HEADERS and len(rows) == 1 + 5
    assert {r[2] for r in rows[1:]} == {"2026-09"} and "鹏悦科技有限公司" in {r[1] for r in rows[1:]}


def test_reading_a_file_reports_every_bad_row(robot_chain, zone, other_zone):
    outsider = Enterprise.objects.create(zone=zone, credit_code="91210400MA0NOTON01", name="不在链上的企业")
    leader = _leader()
    reading = read_outputs(xlsx([
        [leader.credit_code, "", "2026-01", 100],
        [leader.credit_code, "", "2026/1", 120],
        [outsider.credit_code, "", "2026-01", 5],
        [leader.credit_code, "", "2026-13", 5],
        [leader.credit_code, "", "2026-12", 5],
        [leader.credit_code, "", "2026-02", "很多"],
        [leader.credit_code, "", "2026-03", ""],
    ]), chain=robot_chain, file_name="o.xlsx", today=TODAY)
    reasons = [(e.row, e.column, e.reason) for e in reading.errors]
    assert (3, "统一社会信用代码", "与第2行的企业和月份重复") in reasons
    assert (4, "统一社会信用代码", "不是本产业链上的企业") in reasons
    assert (5, "月份", "不是月份（应为 2026-09 这样的格式）") in reasons
    assert (6, "月份", "2026-12 尚未到来，不能填报") in reasons
    assert (7, "产值（万元）", "不是数字") in reasons
    assert len(reasons) == 5


def test_a_file_with_any_error_writes_nothing_and_its_job_lists_the_bad_rows(login, alice, robot_chain):
    leader = _leader()
    upload = SimpleUploadedFile("bad.xlsx", xlsx([[leader.credit_code, "", "2026-01", 100],
                                                  ["91210400MA0NOTON01", "", "2026-01", 5]]))
    response = login(alice).post(reverse("chains:chain_outputs_import", args=[robot_chain.pk]), {"file": upload},
                                 follow=True)
    body = response.content.decode()
    assert response.redirect_chain[0][0].startswith("/jobs/")
    assert "1 处错误，未写入任何数据" in body and "不是本产业链上的企业" in body and 'id="job-retry"' in body
    assert not EnterpriseOutput.objects.exists() and not AuditEntry.objects.filter(action="import", content_type__model="chain").exists()


def test_a_good_file_is_written_in_one_transaction_with_one_import_entry(login, alice, robot_chain):
    leader = _leader()
    others = [p.enterprise for p in SegmentEnterprise.objects.exclude(enterprise=leader)[:2]]
    EnterpriseOutput.objects.create(enterprise=leader, month=datetime.date(2026, 1, 1), output_value=1)
    upload = SimpleUploadedFile("产值.xlsx", xlsx([
        [leader.credit_code, "鹏悦", "2026-01", 100],
        [leader.credit_code, "鹏悦", datetime.datetime(2026, 2, 1), 110],
        [others[0].credit_code, "", "2026-01", 30],
        [others[1].credit_code, "", "2026-01", ""],
    ]))
    response = login(alice).post(reverse("chains:chain_outputs_import", args=[robot_chain.pk]), {"file": upload})
    assert response.status_code == 302 and response.url.startswith("/jobs/")
    assert "已导入 3 行：新增 2，修改 1" in login(alice).get(response.url).content.decode()
    assert EnterpriseOutput.objects.count() == 3
    assert EnterpriseOutput.objects.get(enterprise=leader, month=datetime.date(2026, 2, 1)).output_value == 110
    entry = AuditEntry.objects.get(action="import", content_type__model="chain")
    assert entry.batch["file_name"] == "产值.xlsx" and len(entry.batch["sha256"]) == 64
    assert entry.batch["created"] == 2 and entry.batch["updated"] == 1
    assert entry.batch["previous"] == {f"{leader.pk}/2026-01": "1"}


def test_a_file_that_is_not_an_output_sheet_fails_its_job_with_the_reason(login, alice, robot_chain):
    upload = SimpleUploadedFile("x.xlsx", xlsx([["a", "b"]], headers=["项目编号", "项目名称"]))
    response = login(alice).post(reverse("chains:chain_outputs_import", args=[robot_chain.pk]), {"file": upload},
                                 follow=True)
    assert response.status_code == 200 and "不是月度产值表" in response.content.decode()
    assert "失败" in response.content.decode() and not EnterpriseOutput.objects.exists()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(login, alice, robot_chain, settings):
    settings.ACTIONDESK_MAX_UPLOAD_BYTES = 100
    upload = SimpleUploadedFile("产值.xlsx", xlsx([[_leader().credit_code, "", "2026-01", 100]]))
    response = login(alice).post(reverse("chains:chain_outputs_import", args=[robot_chain.pk]), {"file": upload})
    assert response.status_code == 400 and "文件超过" in response.content.decode()
    assert not EnterpriseOutput.objects.exists()


@pytest.mark.parametrize("extra", [5, 80])
def test_the_output_page_runs_a_bounded_number_of_queries(login, alice, robot_chain, make_enterprises, extra,
                                                          django_assert_max_num_queries):
    from actiondesk.chains.models import ChainSegment

    segment = ChainSegment.objects.get(name="精密减速器")
    enterprises = make_enterprises(extra)
    SegmentEnterprise.objects.bulk_create([SegmentEnterprise(segment=segment, enterprise=e) for e in enterprises])
    EnterpriseOutput.objects.bulk_create([EnterpriseOutput(enterprise=e, month=datetime.date(2026, 1, 1),
                                                           output_value=1) for e in enterprises])
    client = login(alice)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("chains:chain_outputs", args=[robot_chain.pk]), {"month": "2026-01"}).status_code \
            == 200


def test_the_command_imports_a_good_file_with_one_import_entry(robot_chain, tmp_path, capsys):
    path = tmp_path / "产值.xlsx"
    path.write_bytes(xlsx([[_leader().credit_code, "", "2026-01", 100]]))
    call_command("outputs_import", str(path), "--chain", "特种机器人", "--json")
    assert json.loads(capsys.readouterr().out) == {"ok": True, "rows": 1, "created": 1, "updated": 0, "unchanged": 0}
    assert AuditEntry.objects.get(action="import", content_type__model="chain").batch["file_name"] == "产值.xlsx"


def test_the_command_exits_2_on_bad_rows_or_an_unknown_chain_and_writes_nothing(robot_chain, tmp_path, capsys):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(xlsx([["91210400MA0NOTON01", "", "2026-01", 5]]))
    with pytest.raises(CommandError) as refused:
        call_command("outputs_import", str(path), "--chain", "特种机器人")
    assert refused.value.returncode == 2 and "不是本产业链上的企业" in capsys.readouterr().err
    with pytest.raises(CommandError, match="没有这条产业链"):
        call_command("outputs_import", str(path), "--chain", "不存在的链")
    assert not EnterpriseOutput.objects.exists()
