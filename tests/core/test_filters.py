"""One filter definition per list: the FilterSet drives the page form, the API parameters and the export."""
import io
import re

import django_filters
import pytest
from django.urls import reverse
from ninja import NinjaAPI, Query, Router
from python_calamine import CalamineWorkbook

from actiondesk.chains.filters import ChainFilterSet
from actiondesk.core.audit_filters import AuditFilterSet
from actiondesk.core.filters import FilterSet, IntegerFilter, filter_schema
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.filters import EnterpriseFilterSet
from actiondesk.finance.filters import EventFilterSet, ListingStepFilterSet, LoanFilterSet
from actiondesk.org.models import Department
from actiondesk.projects.choices import Stage
from actiondesk.projects.filters import ProjectFilterSet
from actiondesk.projects.models import Project
from actiondesk.supervision.filters import ReportFilterSet

pytestmark = pytest.mark.django_db

LISTS = [("/api/projects/", ProjectFilterSet), ("/api/enterprises/", EnterpriseFilterSet),
         ("/api/supervision/reports", ReportFilterSet),
         ("/api/chains/", ChainFilterSet), ("/api/audit/", AuditFilterSet),
         ("/api/finance/loans", LoanFilterSet), ("/api/finance/events", EventFilterSet),
         ("/api/finance/listing", ListingStepFilterSet)]


def _query_parameters(api, path, prefix="") -> dict:
    schema = api.get_openapi_schema(path_prefix=prefix)
    return {p["name"]: p for p in schema["paths"][path]["get"]["parameters"] if p["in"] == "query"}


def test_a_filter_added_to_a_filterset_appears_in_the_api_parameters():
    class Base(FilterSet):
        name = django_filters.CharFilter(label="名称")

    class Extended(Base):
        year = IntegerFilter(label="年度", min_value=2000, max_value=2100)

    for filterset_class in (Base, Extended):
        router = Router()
        query = filter_schema(filterset_class)

        @router.get("/things")
        def things(request, filters: Query[query]):
            return []

        api = NinjaAPI(urls_namespace=f"filters-test-{filterset_class.__name__}")
        api.add_router("/", router)
        parameters = _query_parameters(api, "/things")
        assert set(parameters) == set(filterset_class.base_filters)
    year = parameters["year"]["schema"]["anyOf"][0]
    assert parameters["year"]["description"] == "年度" and (year["minimum"], year["maximum"]) == (2000, 2100)


@pytest.mark.parametrize(("path", "filterset_class"), LISTS)
def test_every_list_api_takes_exactly_its_filterset_filters(path, filterset_class):
    from actiondesk.api import api

    parameters = set(_query_parameters(api, path, "/api/")) - {"limit", "offset"}
    assert parameters == set(filterset_class.base_filters)


def test_choice_filters_list_their_values_in_the_api_schema():
    from actiondesk.api import api

    stage = _query_parameters(api, "/api/projects/", "/api/")["stage"]["schema"]
    assert stage["enum"] == list(Stage.values)


@pytest.fixture
def projects(zone, admin):
    department = Department.objects.create(zone=zone, name="产业创新局")
    for n, stage in enumerate([Stage.SIGNED, Stage.SIGNED, Stage.STARTED], start=1):
        Project.objects.create(zone=zone, lead_department=department, code=f"P-{n}", name=f"项目{n}", stage=stage,
                               total_investment=100)
    return department


def test_the_page_the_api_and_the_export_list_the_same_projects(login, admin, projects):
    client = login(admin)
    page = client.get(reverse("projects:project_list") + "?stage=signed").content.decode()
    api = client.get("/api/projects/?stage=signed").json()
    export = client.get(reverse("projects:project_list") + "?stage=signed&export=xlsx")
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(export.content)).get_sheet_by_index(0).to_python()
    codes = {"P-1", "P-2"}
    assert {p["code"] for p in api} == codes
    assert all(f'data-project="{code}"' in page for code in codes) and 'data-project="P-3"' not in page
    assert {row[0] for row in sheet[1:] if str(row[0]).startswith("P-")} == codes


@pytest.mark.parametrize("query", ["stage=flying", "signed_year=99999", "months=99999999999",
                                   f"lead_department={2**64}", "chain=abc"])
def test_an_invalid_filter_is_a_form_error_on_the_page_a_422_in_the_api_and_a_400_for_the_export(
        login, admin, projects, query):
    client = login(admin)
    page = client.get(reverse("projects:project_list") + "?" + query)
    assert page.status_code == 200 and 'class="errorlist filter-errors"' in page.content.decode()
    api = client.get("/api/projects/?" + query)
    body = api.json()
    assert api.status_code == 422 and set(body) == {"detail", "errors"} and body["errors"]
    assert query.split("=")[0] in str(body["errors"][0]["loc"])
    export = client.get(reverse("projects:project_list") + "?export=xlsx&" + query)
    assert export.status_code == 400 and "筛选条件无效" in export.content.decode()


def test_a_department_of_another_zone_is_not_a_valid_filter(login, mallory, projects):
    response = login(mallory).get(f"/api/projects/?lead_department={projects.pk}")
    assert response.status_code == 422


def test_the_audit_list_filters_by_action_on_the_page_and_in_the_api(login, admin, supervisor, zone):
    from actiondesk.core.audit import audit_record
    from actiondesk.core.models import AuditAction

    audit_record(actor=admin, action=AuditAction.CREATE, instance=zone, note="新增记录", zone=zone)
    audit_record(actor=admin, action=AuditAction.IMPORT, instance=zone, note="导入记录", zone=zone)
    client = login(supervisor)
    api = client.get("/api/audit/?action=import").json()
    assert [e["note"] for e in api] == ["导入记录"]
    page = client.get(reverse("audit_list") + "?action=import").content.decode()
    assert "导入记录" in page and "新增记录" not in page


def test_department_staff_and_outsiders_cannot_read_the_audit_list(login, zone, mallory, projects):
    from actiondesk.core.audit import audit_record
    from actiondesk.core.models import AuditAction
    from actiondesk.org.services import user_create

    audit_record(actor=None, action=AuditAction.CREATE, instance=zone, note="本区记录", zone=zone)
    staff = user_create(zone=zone, username="staff", password="pw-test-2026", role="department", department=projects, acting_user=SYSTEM)
    assert login(staff).get("/api/audit/").status_code == 403
    assert login(staff).get(reverse("audit_list")).status_code == 403
    assert "本区记录" not in {e["note"] for e in login(mallory).get("/api/audit/").json()}


def test_zone_dependent_choices_list_only_the_users_zone(login, admin, projects, other_zone):
    Department.objects.create(zone=other_zone, name="外区部门")
    page = login(admin).get(reverse("chains:chain_list")).content.decode()
    assert "产业创新局" in page and "外区部门" not in page


def test_an_invalid_chain_filter_is_reported_on_the_page_and_refused_by_the_api(login, admin, projects):
    client = login(admin)
    page = client.get(reverse("chains:chain_list") + "?year=99999&kind=nope")
    errors = re.search(r'<ul class="errorlist filter-errors"[^>]*>(.*?)</ul>', page.content.decode(), re.S).group(1)
    assert page.status_code == 200 and "产值年度" in errors and "类别" in errors
    assert client.get("/api/chains/?year=99999").status_code == 422
