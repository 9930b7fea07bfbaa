"""Issue 11.11: control and bidi characters, dates and years far outside reason are refused everywhere a
value enters (services behind forms and the API, and the imports), with a clear message."""
import datetime
import io

import pytest
import xlsxwriter
from django.core.exceptions import ValidationError
from django.urls import reverse

from actiondesk.core.scoping import SYSTEM
from actiondesk.core.values import check_instance, text_problem
from actiondesk.enterprises.models import Certification, Enterprise
from actiondesk.enterprises.services import certification_add, enterprise_create
from actiondesk.plans.models import Task
from actiondesk.projects.imports import ledger_validate
from actiondesk.projects.ledger import ALL_COLUMNS
from actiondesk.projects.models import Project, ProjectProblem
from actiondesk.projects.services import problem_create, project_create
from actiondesk.supervision.models import Comment
from actiondesk.supervision.services_plan import comment_add
from tests.enterprises.sheets import code, row, write_xlsx

pytestmark = pytest.mark.django_db
UNSAFE = ["名称\x00", "evil\u202etxt.exe", "a\u2066b", "tab\x0bvertical", "del\x7f", "c1\x85"]
D = datetime.date


@pytest.mark.parametrize("text", UNSAFE)
def test_unsafe_characters_are_named_with_their_position(text):
    assert "U+" in text_problem(text) and "第" in text_problem(text)


@pytest.mark.parametrize("text", ["普通名称", "多行\n说明\r\n第二行", "制表\t符", "😀 emoji", "‘引号’"])
def test_ordinary_text_passes(text):
    assert text_problem(text) is None


@pytest.mark.parametrize("text", UNSAFE)
def test_a_project_named_with_control_or_bidi_characters_is_refused(zone, departments, admin, text):
    with pytest.raises(ValidationError) as caught:
        project_create(zone=zone, acting_user=admin, code="P-1", name=text, total_investment=1,
                       lead_department=departments["产业创新局"])
    assert "name" in caught.value.message_dict and "项目名称" in caught.value.message_dict["name"][0]
    assert not Project.objects.exists()


@pytest.mark.parametrize("day", [D(1, 1, 1), D(9999, 12, 31), D(1948, 12, 31), D(2101, 1, 1)])
def test_a_date_outside_the_configured_window_is_refused(zone, departments, admin, day):
    project = project_create(zone=zone, acting_user=admin, code="P-1", name="项目", total_investment=1,
                             lead_department=departments["产业创新局"])
    with pytest.raises(ValidationError, match="超出允许的日期范围（1949-01-01 至 2100-12-31）"):
        problem_create(project=project, description="缺电", raised_on=day, acting_user=admin,
                       today=D(9999, 12, 31))
    assert not ProjectProblem.objects.exists()


def test_the_date_window_is_a_setting(settings):
    settings.ACTIONDESK_DATE_MIN = "2000-01-01"
    project = Project(code="P", name="x", signed_on=D(1999, 12, 31))
    with pytest.raises(ValidationError, match="2000-01-01"):
        check_instance(project)


def test_the_api_refuses_an_enterprise_named_with_a_bidi_override(login, admin, zone):
    response = login(admin).post("/api/enterprises/", {"credit_code": code(1), "name": "正常\u202e公司"},
                                 content_type="application/json")
    assert response.status_code == 422 and "U+202E" in response.content.decode()
    assert not Enterprise.objects.exists()


def test_the_api_refuses_a_registration_year_of_eleven_digits(login, admin, zone):
    enterprise = enterprise_create(zone=zone, acting_user=admin, credit_code=code(1), name="企业")
    response = login(admin).post(f"/api/enterprises/{enterprise.pk}/certifications",
                                 {"kind": "tech_sme", "granted_on": "2026-03-01", "registration_year": 99999999999},
                                 content_type="application/json")
    assert response.status_code == 422
    assert not Certification.objects.exists()


def test_the_api_refuses_an_outsider_adding_a_certification(login, admin, mallory, zone):
    enterprise = enterprise_create(zone=zone, acting_user=admin, credit_code=code(1), name="企业")
    response = login(mallory).post(f"/api/enterprises/{enterprise.pk}/certifications",
                                   {"kind": "tech_sme", "granted_on": "2026-03-01"}, content_type="application/json")
    assert response.status_code == 404


@pytest.mark.parametrize("year", [99999, 1800, 2101])
def test_the_service_refuses_a_registration_year_outside_the_window(zone, admin, year):
    enterprise = enterprise_create(zone=zone, acting_user=admin, credit_code=code(1), name="企业")
    with pytest.raises(ValidationError) as caught:
        certification_add(enterprise=enterprise, acting_user=admin, kind="tech_sme", granted_on=D(2026, 3, 1),
                          registration_year=year)
    assert "registration_year" in caught.value.message_dict


def test_an_enterprise_founded_in_year_9999_is_refused(zone, admin):
    with pytest.raises(ValidationError, match="成立日期"):
        enterprise_create(zone=zone, acting_user=admin, credit_code=code(1), name="企业",
                          registered_on=D(9999, 12, 31))


def test_a_leaders_comment_with_a_nul_is_refused(plan, leader):
    with pytest.raises(ValidationError, match="U\\+0000"):
        comment_add(acting_user=leader, text="请加快\x00", task=Task.objects.filter(plan=plan).first())
    assert not Comment.objects.exists()


def test_the_comment_page_shows_the_problem_instead_of_failing(login, leader, plan):
    task = Task.objects.filter(plan=plan).first()
    response = login(leader).post(reverse("supervision:comment_add"), {"task": task.pk, "text": "请\u202e加快"})
    assert response.status_code < 500
    assert not Comment.objects.exists()


def test_the_enterprise_import_reports_the_row_and_column_of_a_bidi_name(zone, tmp_path):
    from actiondesk.enterprises.imports.service import enterprises_import

    path = write_xlsx(tmp_path / "bad.xlsx", [row(1), row(2, name="坏\u202e名称", address="地址\x00")])
    result = enterprises_import(zone=zone, data=path.read_bytes(), file_name=path.name, actor=SYSTEM,
                                today=D(2026, 10, 15))
    assert [(e.row, e.column) for e in result.errors] == [(4, "企业名称"), (4, "地址")]
    assert "U+202E" in result.errors[0].reason and not Enterprise.objects.exists()


def test_the_enterprise_import_refuses_a_founding_date_before_the_window(zone, tmp_path):
    from actiondesk.enterprises.imports.service import enterprises_import

    path = write_xlsx(tmp_path / "old.xlsx", [row(1, registered_on=D(1900, 1, 1))])
    result = enterprises_import(zone=zone, data=path.read_bytes(), file_name=path.name, actor=SYSTEM,
                                today=D(2026, 10, 15))
    assert [(e.row, e.column) for e in result.errors] == [(3, "成立日期")]


def _ledger(*rows) -> bytes:
    headers = [c.header for c in ALL_COLUMNS]
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, headers)
    for r, values in enumerate(rows, start=1):
        base = {"项目编号": f"SF-{r:03d}", "项目名称": "项目", "责任部门": "产业创新局", "总投资（万元）": 100}
        sheet.write_row(r, 0, [(base | values).get(h, "") for h in headers])
    book.close()
    return buffer.getvalue()


def test_the_ledger_import_reports_unsafe_text_and_dates_by_row_and_column(zone, plan):
    content = _ledger({"项目名称": "项目\u202e"}, {"签约日期": "0001-01-01"})
    reading = ledger_validate(content, zone=zone, file_name="台账.xlsx", year=2026, today=D(2026, 10, 15))
    problems = {(e.row, e.column) for e in reading.errors}
    assert (2, "项目名称") in problems and (3, "签约日期") in problems
