"""No lost updates: a save based on an older version is refused with "已被他人修改" and what changed."""
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from actiondesk.core.models import AuditEntry
from actiondesk.core.versioning import StaleVersion
from actiondesk.enterprises import services as enterprise_services
from actiondesk.enterprises.models import Enterprise
from actiondesk.parks.models import Park
from actiondesk.plans import services as plan_services
from actiondesk.plans.models import Indicator
from actiondesk.projects import services as project_services
from actiondesk.projects.models import Project
from tests.enterprises.sheets import code

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicator(plan):
    return Indicator.objects.filter(plan=plan, metric="").order_by("position").first()


@pytest.fixture
def project(zone, departments):
    return Project.objects.create(zone=zone, code="P-0001", name="测试项目", total_investment=Decimal("10000"),
                                  lead_department=departments["产业创新局"])


@pytest.fixture
def enterprise(zone):
    return Enterprise.objects.create(zone=zone, credit_code=code(3), name="沈抚测试科技有限公司",
                                     industry_code="C3484", industry_section="C")


def test_every_save_increments_the_version_and_the_audit_row_shows_only_real_changes(indicator, admin):
    assert indicator.version == 1
    saved = plan_services.indicator_update(indicator=indicator, acting_user=admin, expected_version=1, unit="家")
    assert saved.version == 2 and Indicator.objects.get(pk=indicator.pk).version == 2
    entry = AuditEntry.objects.filter(object_id=str(indicator.pk), action="update").latest("id")
    assert "version" not in entry.after and entry.after == {"unit": "家"}


def test_second_indicator_save_from_the_same_version_is_refused_with_what_changed(indicator, admin):
    plan_services.indicator_update(indicator=indicator, acting_user=admin, expected_version=1,
                                   target_value=Decimal("60"))
    with pytest.raises(StaleVersion) as refused:
        plan_services.indicator_update(indicator=indicator, acting_user=admin, expected_version=1,
                                       target_value=Decimal("70"))
    assert "已被他人修改" in refused.value.messages[0]
    assert isinstance(refused.value, ValidationError)
    [change] = refused.value.changes
    assert (change.name, change.yours, change.theirs) == ("target_value", "70", "60")
    assert Indicator.objects.get(pk=indicator.pk).target_value == Decimal("60")


def test_a_caller_without_a_version_still_bumps_it_so_open_forms_become_stale(project, admin):
    project_services.project_update(project=project, acting_user=admin, name="改名一")
    with pytest.raises(StaleVersion):
        project_services.project_update(project=project, acting_user=admin, expected_version=1, name="改名二")
    assert Project.objects.get(pk=project.pk).name == "改名一"


def test_a_malformed_version_is_a_clear_error(enterprise, admin):
    with pytest.raises(ValidationError, match="版本号无效"):
        enterprise_services.enterprise_update(enterprise=enterprise, acting_user=admin, expected_version="x",
                                              name="新名称有限公司")


def test_indicator_edit_page_shows_the_other_persons_values_and_the_diff(login, indicator, admin):
    client = login(admin)
    form_page = client.get(f"/plans/indicators/{indicator.pk}/edit/")
    assert b'name="version" value="1"' in form_page.content
    plan_services.indicator_update(indicator=indicator, acting_user=admin, unit="他人单位")
    data = {"name": indicator.name, "target_value": "77", "unit": "我的单位", "comparator": indicator.comparator,
            "kind": indicator.kind, "reference": "", "baseline": "", "metric": "", "version": "1"}
    response = client.post(f"/plans/indicators/{indicator.pk}/edit/", data)
    assert response.status_code == 409
    body = response.content.decode()
    assert "已被他人修改" in body and 'data-field="unit"' in body and "我的单位" in body
    assert 'name="version" value="2"' in body and 'value="他人单位"' in body  # the form now holds their values
    assert Indicator.objects.get(pk=indicator.pk).unit == "他人单位"
    data["version"] = "2"
    assert client.post(f"/plans/indicators/{indicator.pk}/edit/", data).status_code == 302
    assert Indicator.objects.get(pk=indicator.pk).unit == "我的单位"


def test_project_edit_page_refuses_a_stale_version(login, project, alice):
    client = login(alice)
    project_services.project_update(project=project, acting_user=alice, name="他人改的名称")
    response = client.post(f"/projects/{project.pk}/edit/", {
        "name": "我改的名称", "industry": project.industry, "project_type": project.project_type,
        "total_investment": "10000", "version": "1"})
    assert response.status_code == 409
    assert "已被他人修改" in response.content.decode() and "我改的名称" in response.content.decode()
    assert Project.objects.get(pk=project.pk).name == "他人改的名称"


def test_enterprise_edit_page_refuses_a_stale_version(login, enterprise, admin):
    client = login(admin)  # admins keep the pool
    theirs = Park.objects.create(zone=enterprise.zone, name="他人园区")
    mine = Park.objects.create(zone=enterprise.zone, name="我的园区")
    enterprise_services.enterprise_update(enterprise=enterprise, acting_user=admin, park="他人园区")
    response = client.post(f"/enterprises/{enterprise.pk}/edit/", {
        "credit_code": enterprise.credit_code, "name": enterprise.name, "industry_code": "C3484",
        "park": mine.pk, "scale_status": enterprise.scale_status, "version": "1"})
    assert response.status_code == 409
    assert "我的园区" in response.content.decode() and 'data-field="park"' in response.content.decode()
    assert Enterprise.objects.get(pk=enterprise.pk).park == theirs


def test_outsider_cannot_reach_the_edit_page_or_the_etag(login, client, indicator, mallory):
    client = login(mallory)
    assert client.post(f"/plans/indicators/{indicator.pk}/edit/", {"version": "1"}).status_code == 404
    response = client.get(f"/api/plans/indicators/{indicator.pk}")
    assert response.status_code == 404 and "ETag" not in response


def test_api_sends_an_etag_and_refuses_a_stale_if_match_with_412(login, indicator, admin):
    client = login(admin)
    url = f"/api/plans/indicators/{indicator.pk}"
    etag = client.get(url)["ETag"]
    assert etag == '"v1"'
    ok = client.patch(url, {"unit": "项"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert ok.status_code == 200 and ok["ETag"] == '"v2"' and ok.json()["version"] == 2
    stale = client.patch(url, {"unit": "个"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412 and stale["ETag"] == '"v2"'
    assert "已被他人修改" in stale.json()["detail"]
    assert stale.json()["changes"] == [{"field": "unit", "label": "单位", "yours": "个", "theirs": "项"}]
    garbage = client.patch(url, {"unit": "个"}, content_type="application/json", HTTP_IF_MATCH='"abc"')
    assert garbage.status_code == 412
    # If-Match stays optional: existing clients without it keep working.
    assert client.patch(url, {"unit": "个"}, content_type="application/json").status_code == 200


def test_enterprise_and_project_api_use_etags_too(login, enterprise, project, admin, alice, today_stage_date):
    keeper = login(admin)
    url = f"/api/enterprises/{enterprise.pk}"
    assert keeper.get(url)["ETag"] == '"v1"'
    Park.objects.bulk_create([Park(zone=enterprise.zone, name=n) for n in ("他人园区", "我的园区")])
    enterprise_services.enterprise_update(enterprise=enterprise, acting_user=admin, park="他人园区")
    stale = keeper.patch(url, {"park": "我的园区"}, content_type="application/json", HTTP_IF_MATCH='"v1"')
    assert stale.status_code == 412 and stale.json()["changes"][0]["theirs"] == "他人园区"
    client = login(alice)
    assert client.get(f"/api/projects/{project.pk}")["ETag"] == '"v1"'
    project_services.project_update(project=project, acting_user=alice, name="他人改的名称")
    refused = client.post(f"/api/projects/{project.pk}/stage", {"stage": "signed", "on": today_stage_date},
                          content_type="application/json", HTTP_IF_MATCH='"v1"')
    assert refused.status_code == 412
    assert Project.objects.get(pk=project.pk).stage == project.stage


@pytest.fixture
def today_stage_date():
    import datetime

    return (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
