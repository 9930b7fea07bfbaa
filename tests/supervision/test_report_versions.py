"""Reports: a stale form is refused with both values; submission and approval survive double clicks."""
import pytest
from django.urls import reverse

from actiondesk.core.models import AuditEntry
from actiondesk.core.versioning import StaleVersion
from actiondesk.plans.models import Indicator, Task
from actiondesk.supervision import services
from actiondesk.supervision.models import PeriodReport

pytestmark = pytest.mark.django_db


def _ind(plan):
    return Indicator.objects.get(plan=plan, name="高技术成果")


def _workflow_notes(report) -> list[str]:
    return list(AuditEntry.objects.filter(object_id=str(report.pk), action="workflow").values_list("note", flat=True))


def test_report_form_refuses_a_stale_version_and_shows_both_values(login, alice, plan, periods):
    indicator = _ind(plan)
    task = Task.objects.filter(plan=plan, lead_departments__name="产业创新局").order_by("position").first()
    client = login(alice)
    url = reverse("supervision:report_edit", args=[periods[6].pk])
    report = services.report_open(period=periods[6], acting_user=alice)  # the draft (a GET creates none)
    assert 'name="version" value="1"' in client.get(url).content.decode()
    services.report_save(report=report, acting_user=alice, values={indicator.pk: {"value": "5"}}, expected_version=1)
    response = client.post(url, {f"value_{indicator.pk}": "3", f"progress_{task.pk}": "攻关项目2项", "version": "1",
                                 "action": "submit"})
    assert response.status_code == 409
    body = response.content.decode()
    assert "已被他人修改" in body and f'data-field="value_{indicator.pk}"' in body
    assert 'name="version" value="2"' in body
    report.refresh_from_db()
    assert report.status == "draft" and report.values.get(indicator=indicator).value == 5


def test_api_report_writes_honour_if_match(login, alice, supervisor, plan, periods, file_report):
    report = file_report(alice, periods[6], {_ind(plan): 3}, submit=False)
    client = login(alice)
    etag = client.get(f"/api/supervision/reports/{report.pk}")["ETag"]
    services.report_save(report=report, acting_user=alice, values={_ind(plan).pk: {"value": "4"}})
    response = client.post(f"/api/supervision/periods/{periods[6].pk}/report",
                           {"values": [{"indicator": _ind(plan).pk, "value": "9"}]},
                           content_type="application/json", HTTP_IF_MATCH=etag)
    assert response.status_code == 412 and response.json()["changes"][0]["theirs"] == "4"
    fresh = client.get(f"/api/supervision/reports/{report.pk}")["ETag"]
    assert client.post(f"/api/supervision/reports/{report.pk}/submit", HTTP_IF_MATCH=fresh).status_code == 200
    reviewer = login(supervisor)
    assert reviewer.post(f"/api/supervision/reports/{report.pk}/approve", HTTP_IF_MATCH=fresh).status_code == 412
    assert reviewer.post(f"/api/supervision/reports/{report.pk}/approve").status_code == 200


def test_outsider_gets_no_report_etag(login, alice, mallory, plan, periods, file_report):
    report = file_report(alice, periods[6], {_ind(plan): 3}, submit=False)
    response = login(mallory).get(f"/api/supervision/reports/{report.pk}")
    assert response.status_code == 404 and "ETag" not in response


def test_double_submission_and_double_approval_take_effect_once(alice, supervisor, plan, periods, file_report):
    report = file_report(alice, periods[6], {_ind(plan): 3}, submit=False)
    version = PeriodReport.objects.get(pk=report.pk).version
    first = services.report_submit(report=report, acting_user=alice, expected_version=version)
    second = services.report_submit(report=report, acting_user=alice, expected_version=version)
    assert first.status == second.status == "submitted" and second.version == first.version
    services.report_approve(report=report, acting_user=supervisor, expected_version=first.version)
    again = services.report_approve(report=report, acting_user=supervisor, expected_version=first.version)
    assert again.status == "approved"
    assert _workflow_notes(report) == ["审核通过", "报送"]


def test_double_click_on_submit_in_the_page_lands_on_the_report(login, alice, plan, periods):
    client = login(alice)
    url = reverse("supervision:report_edit", args=[periods[6].pk])
    client.get(url)
    data = {f"value_{_ind(plan).pk}": "3", "version": "1", "action": "submit", "confirm_blank": "1"}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302  # the second click: already submitted, no error page
    report = PeriodReport.objects.get()
    assert report.status == "submitted" and _workflow_notes(report) == ["报送"]


def test_opening_a_report_twice_creates_one_draft(alice, periods):
    first = services.report_open(period=periods[6], acting_user=alice)
    assert services.report_open(period=periods[6], acting_user=alice) == first
    assert PeriodReport.objects.count() == 1


def test_a_stale_approval_is_refused(alice, supervisor, plan, periods, file_report):
    report = file_report(alice, periods[6], {_ind(plan): 3})
    with pytest.raises(StaleVersion):
        services.report_approve(report=report, acting_user=supervisor, expected_version=1)
