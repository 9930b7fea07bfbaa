"""An uploaded plan is read on the task queue: the job page counts a PDF's pages and, once read, takes the admin
who uploaded it to the review; a reading already over goes straight there; a second upload waits its turn."""
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader

from actiondesk.core.jobs import job_execute
from actiondesk.core.models import Job, JobStatus
from actiondesk.plans.jobs import READ, plan_read_start
from actiondesk.plans.models import PlanDraft
from actiondesk.plans.reader import read_plan

pytestmark = pytest.mark.django_db
PDF = Path(__file__).parent / "fixtures" / "pdf" / (
    "zhejiang-2024-humanoid-robot-industry-innovation-development-implementation-plan.pdf")


@pytest.fixture
def queued(settings):
    """Jobs wait on the database queue, as with a worker, instead of running inside the request."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


def _upload(client, name="robots.pdf", data=None):
    return client.post(reverse("plans:import_upload"),
                       {"document": SimpleUploadedFile(name, PDF.read_bytes() if data is None else data)})


def test_the_reader_reports_each_pdf_page_then_the_reading():
    steps = []
    read_plan(PDF.read_bytes(), "plan.pdf", progress=lambda step, done, total: steps.append((step, done, total)))
    pages = len(PdfReader(PDF).pages)
    assert steps == [("pages", n, pages) for n in range(1, pages + 1)] + [("parse", 0, 0)]


def test_an_upload_waits_on_the_queue_and_its_job_page_counts_pages_then_leads_the_uploader_to_the_review(
        login, admin, queued):
    client = login(admin)
    response = _upload(client)
    job = Job.objects.get(kind=READ)
    assert response.status_code == 302 and response["Location"] == reverse("jobs:job_detail", args=[job.pk])
    assert job.status == JobStatus.QUEUED and PlanDraft.objects.count() == 0
    page = client.get(response["Location"]).content.decode()
    assert "方案文件识别" in page and "robots.pdf" in page and "排队" in page and " 页<" not in page

    assert job_execute(job.pk) == "done"  # what the worker does
    job.refresh_from_db()
    draft = PlanDraft.objects.get()
    pages = len(PdfReader(PDF).pages)
    assert (job.rows_done, job.rows_total) == (pages, pages) and job.data == b""
    assert job.result["draft"] == draft.pk and job.result["tasks"] == len(draft.reading["tasks"]) > 0
    review = reverse("plans:import_review", args=[draft.pk])
    fragment = client.get(reverse("jobs:job_progress", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert fragment["HX-Redirect"] == review
    body = fragment.content.decode()
    assert f"{pages} / {pages} 页" in body and f'href="{review}"' in body and "核对识别结果" in body
    assert "识别出任务" in body and client.get(review).status_code == 200
    assert draft.source_name == "robots.pdf" and draft.uploaded_by == admin


def test_only_the_uploader_is_taken_to_the_review_and_an_outsider_sees_no_job(login, admin, make_user, mallory,
                                                                                queued):
    _upload(login(admin))
    job = Job.objects.get(kind=READ)
    job_execute(job.pk)
    other_admin = make_user("admin2", "admin")
    fragment = login(other_admin).get(reverse("jobs:job_progress", args=[job.pk]))
    assert fragment.status_code == 200 and "HX-Redirect" not in fragment
    assert login(mallory).get(reverse("jobs:job_detail", args=[job.pk])).status_code == 404
    assert login(mallory).get(reverse("jobs:job_progress", args=[job.pk])).status_code == 404


def test_a_second_upload_while_the_first_is_being_read_is_refused_and_the_upload_page_lists_readings(
        login, admin, queued):
    client = login(admin)
    _upload(client)
    response = _upload(client, "again.pdf")
    assert response.status_code == 400 and "已有排队或运行中的任务" in response.content.decode()
    assert Job.objects.filter(kind=READ).count() == 1
    job = Job.objects.get(kind=READ)
    job_execute(job.pk)
    page = client.get(reverse("plans:import_upload")).content.decode()
    draft = PlanDraft.objects.get()
    assert 'id="read-jobs"' in page and "robots.pdf" in page
    assert reverse("plans:import_review", args=[draft.pk]) in page


def test_a_document_that_cannot_be_read_fails_its_job_with_the_readers_one_line(login, admin, queued):
    _upload(login(admin), "scan.pdf", b"%PDF-1.7\n%%EOF")
    job = Job.objects.get(kind=READ)
    assert job_execute(job.pk) == "failed"
    job.refresh_from_db()
    assert "PDF" in job.result["error"] and "\n" not in job.result["error"] and PlanDraft.objects.count() == 0
    detail = login(admin).get(reverse("jobs:job_detail", args=[job.pk])).content.decode()
    assert job.result["error"] in detail
    # Reading it again cannot end otherwise: the page offers a new upload, not a retry.
    assert f'id="job-again" href="{reverse("plans:import_upload")}"' in detail and 'id="job-retry"' not in detail


def test_read_inline_an_upload_goes_straight_to_its_review(login, admin):
    response = _upload(login(admin))
    draft = PlanDraft.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("plans:import_review", args=[draft.pk])


def test_a_department_clerk_cannot_queue_a_plan_reading(login, alice, zone):
    assert _upload(login(alice)).status_code == 403
    with pytest.raises(Exception, match="管理员"):
        plan_read_start(zone=zone, acting_user=alice, file_name="p.txt", data=b"x")
    assert Job.objects.count() == 0


def test_a_file_that_can_be_refused_unread_is_refused_at_upload_and_nothing_is_queued(login, admin, queued):
    from tests.core.zipbombs import docx_bomb

    client = login(admin)
    for name, data, message in (("bomb.docx", docx_bomb(24 * 1024 * 1024), "疑似压缩炸弹"),
                                ("plan.docx", b"not a zip", "不是有效的 .docx"), ("plan.xls", b"x", "“另存为”.xlsx"),
                                ("plan.exe", b"MZ", "不支持的文件类型")):
        response = _upload(client, name, data)
        assert response.status_code == 400 and message in response.content.decode(), name
    assert Job.objects.count() == 0
