import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from actiondesk.core.jobs import JobBusy, job_execute
from actiondesk.core.models import Job
from actiondesk.enterprises.jobs import IMPORT, enterprise_import_start
from actiondesk.enterprises.models import Enterprise
from tests.enterprises.sheets import row, write_xlsx

pytestmark = pytest.mark.django_db

DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


@pytest.fixture
def good_file(tmp_path):
    return write_xlsx(tmp_path / "good.xlsx", [row(i) for i in range(1, 4)])


@pytest.fixture
def queue_in_db(settings):
    settings.TASKS = DB_QUEUE


def queued_job(zone, user, path):
    return Job.objects.create(kind=IMPORT, target=f"zone:{zone.pk}", zone=zone, user=user, title=path.name,
                              sha256="0" * 64, data=path.read_bytes())


def job_url(job, name="jobs:job_detail"):
    return reverse(name, args=[job.pk])


def test_an_upload_is_queued_as_a_job_and_redirects_to_its_page(login, alice, zone, good_file, queue_in_db):
    from django_tasks_db.models import DBTaskResult

    with good_file.open("rb") as handle:
        response = login(alice).post(reverse("enterprises:import_upload"), {"file": handle})
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == job_url(job)
    assert (job.status, job.user, job.title, len(job.sha256)) == ("queued", alice, "good.xlsx", 64)
    task = DBTaskResult.objects.get()
    assert str(task.id) == job.task_id and task.args_kwargs["args"] == [job.pk]
    assert not Enterprise.objects.exists()


def test_a_second_import_into_the_same_zone_is_refused_while_one_is_queued(login, alice, admin, zone, good_file,
                                                                        queue_in_db):
    enterprise_import_start(zone=zone, acting_user=alice, file_name="a.xlsx", data=good_file.read_bytes())
    with pytest.raises(JobBusy):
        enterprise_import_start(zone=zone, acting_user=admin, file_name="b.xlsx", data=good_file.read_bytes())
    with good_file.open("rb") as handle:
        response = login(admin).post(reverse("enterprises:import_upload"), {"file": handle})
    assert response.status_code == 400 and "已有排队或运行中的任务" in response.content.decode()
    assert Job.objects.count() == 1


def test_the_job_page_polls_and_shows_rows_processed(login, alice, zone, good_file):
    job = queued_job(zone, alice, good_file)
    Job.objects.filter(pk=job.pk).update(status="running", step="validate", rows_total=1000, rows_done=400)
    body = login(alice).get(job_url(job)).content.decode()
    assert f'hx-get="{job_url(job, "jobs:job_progress")}"' in body
    assert 'hx-trigger="every 1s"' in body and 'value="400" max="1000"' in body and "400 / 1000 行" in body
    assert "校验中" in body


def test_the_progress_fragment_stops_polling_and_shows_the_counts_when_done(login, alice, zone, good_file):
    job = queued_job(zone, alice, good_file)
    assert job_execute(job.pk) == "done"
    job.refresh_from_db()
    assert job.status == "done" and job.rows_done == job.rows_total == 3 and bytes(job.data) == b""
    assert job.attempts == 1 and job.finished_at is not None
    body = login(alice).get(job_url(job, "jobs:job_progress")).content.decode()
    assert "hx-trigger" not in body and "新增 3 家" in body and 'value="3" max="3"' in body
    assert Enterprise.objects.count() == 3


def test_a_job_already_claimed_is_not_run_twice(alice, zone, good_file):
    job = queued_job(zone, alice, good_file)
    assert job_execute(job.pk) == "done"
    assert job_execute(job.pk) == "skipped"
    assert Enterprise.objects.count() == 3


def test_the_job_page_lists_every_bad_row_and_nothing_is_written(login, alice, zone, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [row(1, revenue=-1), row(2, credit_code="9144030010001686XB")])
    job = queued_job(zone, alice, path)
    job_execute(job.pk)
    body = login(alice).get(job_url(job)).content.decode()
    assert "失败" in body and "2 处错误" in body and "不能为负数" in body and "校验码错误" in body
    assert 'id="job-errors"' in body and 'id="job-retry"' in body and not Enterprise.objects.exists()


def test_a_broken_file_fails_the_job_with_a_reason_and_keeps_the_file_for_a_retry(alice, zone, tmp_path):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"not a spreadsheet")
    job = queued_job(zone, alice, path)
    job_execute(job.pk)
    job.refresh_from_db()
    assert job.status == "failed" and "xlsx" in job.result["error"] and bytes(job.data) == b"not a spreadsheet"


def test_starting_with_the_inline_backend_runs_the_whole_import(alice, zone, good_file):
    job = enterprise_import_start(zone=zone, acting_user=alice, file_name="good.xlsx", data=good_file.read_bytes())
    assert job.status == "done" and job.result["created"] == 3


def test_an_outsider_cannot_see_or_start_a_job(login, alice, mallory, zone, good_file):
    job = queued_job(zone, alice, good_file)
    client = login(mallory)
    assert client.get(job_url(job)).status_code == 404
    assert client.get(job_url(job, "jobs:job_progress")).status_code == 404
    with pytest.raises(PermissionDenied):
        enterprise_import_start(zone=zone, acting_user=mallory, file_name="x.xlsx", data=good_file.read_bytes())


def test_a_department_that_does_not_keep_the_pool_cannot_see_or_start_a_job(login, alice, bob, zone, good_file):
    job = queued_job(zone, alice, good_file)
    client = login(bob)
    assert client.get(job_url(job)).status_code == 404
    with good_file.open("rb") as handle:
        assert client.post(reverse("enterprises:import_upload"), {"file": handle}).status_code == 403
    with pytest.raises(PermissionDenied):
        enterprise_import_start(zone=zone, acting_user=bob, file_name="x.xlsx", data=good_file.read_bytes())
    assert Job.objects.count() == 1


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
    assert not Job.objects.exists()
