"""Supervision work on the queue: the refresh button queues a job the page follows; reminders and period
opening run as jobs (the scheduler enqueues them)."""
import pytest
from django.core import mail
from django.urls import reverse

from actiondesk.core.jobs import job_enqueue, job_execute
from actiondesk.core.models import Job, JobStatus
from actiondesk.supervision.jobs import PERIODS, REMIND
from actiondesk.supervision.models import MetricValue, ReportingPeriod
from tests.supervision.querying import bind_querying

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue_in_db(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


def test_the_refresh_button_queues_a_job_the_fragment_polls_until_it_is_done(
        login, supervisor, leader, mallory, plan, periods, querying_metrics, queue_in_db):
    bind_querying(plan)
    url = reverse("supervision:metrics_refresh", args=[plan.pk])
    response = login(supervisor).post(url)
    job = Job.objects.get()
    poll = reverse("supervision:metrics_refresh_job", args=[plan.pk, job.pk])
    body = response.content.decode()
    assert response.status_code == 200 and f'hx-get="{poll}"' in body and "正在后台刷新" in body
    assert (job.status, job.user, job.target) == (JobStatus.QUEUED, supervisor, f"plan:{plan.pk}")
    assert not MetricValue.objects.exists()
    again = login(supervisor).post(url)  # a second press follows the same job instead of queueing another
    assert f'data-job="{job.pk}"' in again.content.decode() and Job.objects.count() == 1
    assert job_execute(job.pk) == "done"
    done = login(leader).get(poll)
    assert done["HX-Refresh"] == "true" and "已更新" in done.content.decode() and MetricValue.objects.exists()
    assert login(mallory).get(poll).status_code == 404


def test_the_stale_refresh_is_one_system_job_per_plan(login, alice, plan, periods, querying_metrics,  # noqa: F811
                                                      queue_in_db):
    bind_querying(plan)
    url = reverse("supervision:metrics_refresh_stale", args=[plan.pk])
    for _ in range(3):
        assert login(alice).post(url, {"month": "6"}).status_code == 200
    job = Job.objects.get()
    assert job.user is None and job.params == {"plan": plan.pk, "stale_up_to": 6}


def test_the_reminder_job_mails_overdue_departments(plan, periods, bob, zone):
    bob.email = "bob@zone.test"
    bob.save()
    job = job_enqueue(kind=REMIND, target=f"zone:{zone.pk}", zone=zone, params={"today": "2026-07-20"})
    assert job.status == JobStatus.DONE and job.result["emails_sent"] >= 1
    assert any("发展改革局" in m.subject for m in mail.outbox) and "发送邮件" in job.result["summary"]


def test_the_period_opening_job_creates_the_years_periods_once(plan, zone):
    job = job_enqueue(kind=PERIODS, target=f"plan:{plan.pk}", zone=zone, params={"plan": plan.pk})
    assert job.status == JobStatus.DONE and job.result["created"] == 12
    again = job_enqueue(kind=PERIODS, target=f"plan:{plan.pk}", zone=zone, params={"plan": plan.pk})
    assert again.result["created"] == 0 and ReportingPeriod.objects.filter(plan=plan).count() == 12
