"""A demand's attachment: the owner department uploads it with core's attachment checks; others cannot."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import services
from actiondesk.demands.models import Demand

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n% a tiny pdf\n"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _pdf(name="用地红线图.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def test_the_owner_uploads_an_attachment_which_staff_of_the_zone_can_download(login, make_demand, alice, bob):
    demand = make_demand()
    client = login(alice)
    assert 'id="attachment-form"' in client.get(f"/demands/{demand.pk}/").content.decode()
    response = client.post(f"/demands/{demand.pk}/attachment/upload/", {"file": _pdf()})
    assert response.status_code == 302
    demand.refresh_from_db()
    assert demand.attachment.name.endswith(".pdf")
    assert AuditEntry.objects.filter(object_id=str(demand.pk), note__contains="上传附件").exists()
    download = login(bob).get(f"/demands/{demand.pk}/attachment/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


def test_a_second_upload_replaces_the_first(login, make_demand, alice):
    demand = make_demand()
    client = login(alice)
    client.post(f"/demands/{demand.pk}/attachment/upload/", {"file": _pdf("a.pdf")})
    first = Demand.objects.get(pk=demand.pk).attachment
    client.post(f"/demands/{demand.pk}/attachment/upload/", {"file": _pdf("b.pdf")})
    second = Demand.objects.get(pk=demand.pk).attachment
    assert second.name != first.name and not first.storage.exists(first.name)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("a.exe", b"MZ", "不支持的文件类型"),
    ("a.pdf", b"<html>", "文件内容与扩展名"),
])
def test_a_file_refused_by_the_attachment_checks_is_not_stored(login, make_demand, alice, name, content, reason):
    demand = make_demand()
    response = login(alice).post(f"/demands/{demand.pk}/attachment/upload/",
                                 {"file": SimpleUploadedFile(name, content)}, follow=True)
    assert reason in response.content.decode()
    assert not Demand.objects.get(pk=demand.pk).attachment


def test_a_file_over_the_size_limit_is_refused_by_the_service(make_demand, monkeypatch):
    from actiondesk.core import attachments

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 10)
    demand = make_demand()
    with pytest.raises(Exception, match="文件超过"):
        services.demand_attach(demand=demand, uploaded=_pdf(), acting_user=SYSTEM)


def test_another_department_a_leader_and_an_outsider_cannot_upload(login, make_demand, bob, leader, mallory):
    demand = make_demand()
    for user in (bob, leader):
        client = login(user)
        assert 'id="attachment-form"' not in client.get(f"/demands/{demand.pk}/").content.decode()
        assert client.post(f"/demands/{demand.pk}/attachment/upload/", {"file": _pdf()}).status_code == 403
    client = login(mallory)
    assert client.post(f"/demands/{demand.pk}/attachment/upload/", {"file": _pdf()}).status_code == 404
    assert client.get(f"/demands/{demand.pk}/attachment/").status_code == 404
    assert not Demand.objects.get(pk=demand.pk).attachment


def test_a_demand_without_an_attachment_has_nothing_to_download(login, make_demand, alice):
    assert login(alice).get(f"/demands/{make_demand().pk}/attachment/").status_code == 404


def test_raising_a_demand_with_a_bad_attachment_is_refused(enterprise, categories):
    with pytest.raises(Exception, match="文件内容与扩展名"):
        services.demand_raise(enterprise=enterprise, category=categories["用地"], title="用地", channel="hotline",
                              acting_user=SYSTEM, attachment=SimpleUploadedFile("a.pdf", b"nope"))
