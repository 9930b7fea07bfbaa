"""The scheduler decides what is due with tick(now) on a fake clock; state in the database stops a restart
(or a second scheduler) from enqueueing a slot twice."""
import datetime
from zoneinfo import ZoneInfo

import pytest

from actiondesk.core import jobs
from actiondesk.core.models import Job, JobStatus, ScheduleRun
from actiondesk.core.scheduler import check_schedules, latest_slot, tick

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")
RUNS = []
SCHEDULES = [
    {"name": "morning", "job": "tests.count", "every": "day", "at": "08:00"},
    {"name": "hourly", "job": "tests.count", "every": "hour", "at": ":05"},
    {"name": "first-of-month", "job": "tests.count", "every": "month", "day": 1, "at": "00:10"},
]


def at(month, day, hour, minute=0):
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture
def counting_job(zone):
    RUNS.clear()

    @jobs.register_job("tests.count", label="计数", schedule_targets=lambda: [
        {"zone": zone, "target": f"zone:{zone.pk}", "title": zone.name, "params": {}}])
    def _count(job, progress):
        RUNS.append(job.pk)
        return {"summary": "ok"}

    yield
    jobs._KINDS.pop("tests.count")


@pytest.fixture
def queue_in_db(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


def test_the_latest_slot_of_each_kind_of_schedule():
    assert latest_slot(SCHEDULES[0], at(7, 20, 7, 59)) == at(7, 19, 8)
    assert latest_slot(SCHEDULES[0], at(7, 20, 8, 0)) == at(7, 20, 8)
    assert latest_slot(SCHEDULES[1], at(7, 20, 10, 4)) == at(7, 20, 9, 5)
    assert latest_slot(SCHEDULES[2], at(7, 20, 10)) == at(7, 1, 0, 10)
    assert latest_slot(SCHEDULES[2], at(1, 1, 0, 5)) == datetime.datetime(2025, 12, 1, 0, 10, tzinfo=SHANGHAI)
    assert latest_slot({"every": "month", "day": 31, "at": "06:00"}, at(3, 1, 0)) == at(2, 28, 6)


def test_a_day_on_the_fake_clock_runs_each_schedule_once_per_slot(zone, counting_job):
    first = tick(at(7, 20, 7, 0), schedules=SCHEDULES)
    assert set(first) == {"morning", "hourly", "first-of-month"}  # a first start catches up once
    assert len(RUNS) == 3 and Job.objects.filter(status=JobStatus.DONE).count() == 3
    assert tick(at(7, 20, 7, 3), schedules=SCHEDULES) == {}  # nothing new is due
    assert tick(at(7, 20, 7, 30), schedules=SCHEDULES) == {"hourly": [RUNS[-1]]}
    assert tick(at(7, 20, 8, 1), schedules=SCHEDULES) == {"morning": [RUNS[-1]]}
    assert set(tick(at(7, 20, 8, 5), schedules=SCHEDULES)) == {"hourly"}
    assert tick(at(7, 20, 8, 6), schedules=SCHEDULES) == {}
    assert set(tick(at(8, 1, 0, 10), schedules=SCHEDULES)) == {"morning", "hourly", "first-of-month"}
    assert len(RUNS) == 9
    assert ScheduleRun.objects.get(name="first-of-month").last_due_at == at(8, 1, 0, 10)


def test_a_restarted_scheduler_does_not_enqueue_a_slot_again_and_skips_busy_targets(
        zone, counting_job, queue_in_db):
    assert tick(at(7, 20, 8, 0), schedules=SCHEDULES[:1]) == {"morning": [Job.objects.get().pk]}
    # "Restart": nothing in memory survives, the slot is remembered in ScheduleRun.
    assert tick(at(7, 20, 8, 0), schedules=SCHEDULES[:1]) == {}
    assert Job.objects.count() == 1 and Job.objects.get().status == JobStatus.QUEUED and not RUNS
    # The next morning the previous job still waits for a worker: the target is busy, nothing is added.
    assert tick(at(7, 21, 8, 0), schedules=SCHEDULES[:1]) == {"morning": []}
    assert Job.objects.count() == 1


def test_the_settings_table_names_known_jobs_and_bad_entries_are_reported(settings):
    assert check_schedules(settings.ACTIONDESK_SCHEDULES) == []
    problems = check_schedules([{"name": "x", "job": "nope", "every": "day"},
                                {"name": "y", "job": "supervision.remind", "every": "fortnight"}])
    assert len(problems) == 2 and "nope" in problems[0] and "fortnight" in problems[1]


def test_the_scheduler_command_refuses_a_bad_table_with_exit_2(settings, capsys):
    from actiondesk.cli import main

    settings.ACTIONDESK_SCHEDULES = [{"name": "x", "job": "nope", "every": "day"}]
    assert main(["scheduler", "--once"]) == 2
    assert "nope" in capsys.readouterr().err
