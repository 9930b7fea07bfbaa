"""Attachments through the API: upload with the page's checks, list and download with the same scoping."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from actiondesk.supervision import services
from actiondesk.supervision.models import Attachment

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n%test\n"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def draft(plan, periods, alice):
    return services.report_open(period=periods[6], acting_user=alice)


def _upload(client, report, task, name="成果.pdf", content=PDF):
    return client.post(f"/api/supervision/reports/{report.pk}/tasks/{task.pk}/attachments",
                       {"file": SimpleUploadedFile(name, content)})


def test_department_uploads_lists_and_downloads_its_attachment(login, alice, get_task, draft, media):
    task = get_task("1")
    client = login(alice)
    response = _upload(client, draft, task)
    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["name"], data["size"], data["task"]) == ("成果.pdf", len(PDF), task.pk)
    assert [a["id"] for a in client.get(f"/api/supervision/reports/{draft.pk}/attachments").json()] == [data["id"]]
    download = client.get(data["download"])
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


def test_upload_refuses_wrong_type_content_size_and_other_departments_tasks(login, alice, get_task, draft, media):
    client = login(alice)
    task = get_task("1")
    assert "不支持" in _upload(client, draft, task, "run.exe", b"MZ").json()["detail"]
    assert "不符" in _upload(client, draft, task, "fake.pdf", b"MZ\x90\x00").json()["detail"]
    big = _upload(client, draft, task, "big.pdf", PDF + b"0" * (10 * 1024 * 1024))
    assert big.status_code == 422 and "MB" in big.json()["detail"]
    other = get_task("2")  # 产业创新局 only supports task 2: its progress notes are its leads' to write
    assert _upload(client, draft, other).status_code == 422
    assert not Attachment.objects.exists()


def test_other_departments_and_outsiders_cannot_upload_list_or_download(
        login, alice, bob, mallory, leader, get_task, draft, media):
    task = get_task("1")
    attachment_id = _upload(login(alice), draft, task).json()["id"]
    for user in (bob, mallory):
        client = login(user)
        assert _upload(client, draft, task).status_code == 404
        assert client.get(f"/api/supervision/reports/{draft.pk}/attachments").status_code == 404
        assert client.get(f"/api/supervision/attachments/{attachment_id}").status_code == 404
    leader_client = login(leader)  # reads the zone, edits nothing
    assert leader_client.get(f"/api/supervision/attachments/{attachment_id}").status_code == 200
    assert _upload(leader_client, draft, task).status_code == 403
    assert Attachment.objects.count() == 1


def test_submitted_report_takes_no_more_attachments(login, alice, get_task, draft, media):
    task = get_task("1")
    services.report_submit(report=draft, acting_user=alice)
    assert _upload(login(alice), draft, task).status_code == 403
