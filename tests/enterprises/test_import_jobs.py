import threading

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from actiondesk.enterprises.choices import ImportStatus
from actiondesk.enterprises.imports.jobs import import_job_run, import_job_start
from actiondesk.enterprises.models import Enterprise, EnterpriseImportJob
from tests.enterprises.sheets import row, write_xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def good_file(tmp_path):
    return write_xlsx(tmp_path / "good.xlsx", [row(i) for i in range(1, 4)])


def queued_job(zone, user, path):
    return EnterpriseImportJob.objects.create(zone=zone, user=user, file_name=path.name, sha256="0" * 64,
                                              data=path.read_bytes())


def job_url(job, name="enterprises:import_job"):
    return reverse(name, args=[job.pk])


def test_an_upload_is_stored_as_a_job_and_redirects_to_its_page(login, alice, zone, good_file, monkeypatch):
    started = []
    monkeypatch.setattr(threading.Thread, "start", lambda self: started.append(self.name))
    with good_file.open("rb") as handle:
        response = login(alice).post(reverse("enterprises:import_upload"), {"file": handle})
    job = EnterpriseImportJob.objects.get()
    assert response.status_code == 302 and response.url == job_url(job)
    assert (job.status, job.user, job.file_name, len(job.sha256)) == (ImportStatus.QUEUED, alice, "good.xlsx", 64)
    assert not Enterprise.objects.exists()


def test_the_job_page_polls_and_shows_rows_processed(login, alice, zone, good_file):
    job = queued_job(zone, alice, good_file)
    EnterpriseImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.VALIDATING, rows_total=1000,
                                                         rows_processed=400)
    body = login(alice).get(job_url(job)).content.decode()
    assert f'hx-get="{job_url(job, "enterprises:import_job_progress")}"' in body
    assert 'hx-trigger="every 1s"' in body and 'value="400" max="1000"' in body and "400 / 1000 行" in body
    assert "校验中" in body


def test_the_progress_fragment_stops_polling_and_shows_the_counts_when_done(login, alice, zone, good_file):
    job = queued_job(zone, alice, good_file)
    import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE and job.rows_processed == job.rows_total == 3 and job.data == b""
    body = login(alice).get(job_url(job, "enterprises:import_job_progress")).content.decode()
    assert "hx-trigger" not in body and "新增 3 家" in body and 'value="3" max="3"' in body
    assert Enterprise.objects.count() == 3


def test_the_job_page_lists_every_bad_row_and_nothing_is_written(login, alice, zone, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [row(1, revenue=-1), row(2, credit_code="9144030010001686XB")])
    job = queued_job(zone, alice, path)
    import_job_run(job_id=job.pk)
    body = login(alice).get(job_url(job)).content.decode()
    assert "失败" in body and "2 处错误" in body and "不能为负数" in body and "校验码错误" in body
    assert 'id="import-errors"' in body and not Enterprise.objects.exists()


def test_a_broken_file_fails_the_job_with_a_reason(login, alice, zone, tmp_path):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"not a spreadsheet")
    job = queued_job(zone, alice, path)
    import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED and "xlsx" in job.result["error"]


def test_starting_synchronously_runs_the_whole_import(alice, zone, good_file):
    job = import_job_start(zone=zone, acting_user=alice, file_name="good.xlsx", data=good_file.read_bytes(),
                           run_async=False)
    assert job.status == ImportStatus.DONE and job.result["created"] == 3


def test_an_outsider_cannot_see_or_start_a_job(login, alice, mallory, zone, good_file):
    job = queued_job(zone, alice, good_file)
    client = login(mallory)
    assert client.get(job_url(job)).status_code == 404
    assert client.get(job_url(job, "enterprises:import_job_progress")).status_code == 404
    with pytest.raises(PermissionDenied):
        import_job_start(zone=zone, acting_user=mallory, file_name="x.xlsx", data=good_file.read_bytes())


def test_a_department_that_does_not_keep_the_pool_cannot_see_or_start_a_job(login, alice, bob, zone, good_file):
    job = queued_job(zone, alice, good_file)
    client = login(bob)
    assert client.get(job_url(job)).status_code == 403
    assert client.get(job_url(job, "enterprises:import_job_progress")).status_code == 403
    with good_file.open("rb") as handle:
        assert client.post(reverse("enterprises:import_upload"), {"file": handle}).status_code == 403
    with pytest.raises(PermissionDenied):
        import_job_start(zone=zone, acting_user=bob, file_name="x.xlsx", data=good_file.read_bytes())
    assert EnterpriseImportJob.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_background_thread_runs_the_job_to_the_end(alice, zone, good_file):
    job = import_job_start(zone=zone, acting_user=alice, file_name="good.xlsx", data=good_file.read_bytes(),
                           run_async=True)
    worker = next(t for t in threading.enumerate() if t.name == f"enterprise-import-{job.pk}")
    worker.join(timeout=30)
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE and Enterprise.objects.count() == 3


def test_an_upload_over_the_size_limit_or_not_xlsx_is_refused_and_stores_no_job(login, alice, zone, good_file,
                                                                              settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = login(alice)
    settings.ACTIONDESK_MAX_UPLOAD_BYTES = 100
    with good_file.open("rb") as handle:
        too_big = client.post(reverse("enterprises:import_upload"), {"file": handle})
    assert too_big.status_code == 400 and "文件超过" in too_big.content.decode()
    settings.ACTIONDESK_MAX_UPLOAD_BYTES = 20 * 1024 * 1024
    not_xlsx = client.post(reverse("enterprises:import_upload"), {"file": SimpleUploadedFile("a.csv", b"a,b\n")})
    assert not_xlsx.status_code == 400 and "请上传 .xlsx 文件" in not_xlsx.content.decode()
    assert not EnterpriseImportJob.objects.exists()
