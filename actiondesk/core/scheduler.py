"""The scheduler: enqueues jobs by the table of schedules in ``settings.ACTIONDESK_SCHEDULES``.

A schedule is ``{"name", "job", "every": "day"|"hour"|"month", "at": "08:00" | ":05", "day": 1}`` in local time.
``tick(now)`` decides what is due: each schedule's latest slot at or before ``now``; a slot is enqueued once,
recorded in ``ScheduleRun`` (so a restarted or second scheduler does not enqueue it again). After downtime
only the latest missed slot runs. Each tick also fails jobs whose worker died and prunes old finished jobs.
"""
import calendar
import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from actiondesk.core.jobs import JobBusy, job_enqueue, job_kind, jobs_recover
from actiondesk.core.models import Job, JobStatus, ScheduleRun

logger = logging.getLogger(__name__)
EVERY = ("day", "hour", "month")
NEVER = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def _hour_minute(schedule) -> tuple[int, int]:
    text = str(schedule.get("at", "00:00"))
    hour, _sep, minute = text.rpartition(":")
    return (int(hour) if hour else 0), int(minute or 0)


def latest_slot(schedule: dict, now: datetime.datetime) -> datetime.datetime:
    """The schedule's most recent slot at or before ``now`` (an aware datetime in the current time zone)."""
    local = timezone.localtime(now)
    hour, minute = _hour_minute(schedule)
    every = schedule["every"]
    if every == "hour":
        slot = local.replace(minute=minute, second=0, microsecond=0)
        return slot if slot <= local else slot - datetime.timedelta(hours=1)
    if every == "day":
        slot = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return slot if slot <= local else slot - datetime.timedelta(days=1)
    if every == "month":
        day = int(schedule.get("day", 1))

        def in_month(year, month):
            last = calendar.monthrange(year, month)[1]
            return local.replace(year=year, month=month, day=min(day, last), hour=hour, minute=minute, second=0,
                                 microsecond=0)

        slot = in_month(local.year, local.month)
        if slot > local:
            year, month = (local.year - 1, 12) if local.month == 1 else (local.year, local.month - 1)
            slot = in_month(year, month)
        return slot
    raise ValueError(f"every 应为 day、hour 或 month：{every}")


def check_schedules(schedules) -> list[str]:
    """Problems in the schedule table (unknown job kinds, bad timing), for the command to refuse."""
    problems = []
    for schedule in schedules:
        name = schedule.get("name") or "?"
        try:
            job_kind(schedule.get("job", ""))
        except KeyError:
            problems.append(f"{name}: 未知的任务类型 {schedule.get('job')}")
        try:
            latest_slot(schedule, timezone.now())
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"{name}: {exc}")
    return problems


def _enqueue_targets(schedule) -> list[int]:
    kind = job_kind(schedule["job"])
    enqueued = []
    for target in kind.schedule_targets() if kind.schedule_targets else []:
        try:
            job = job_enqueue(kind=kind.name, target=target["target"], zone=target["zone"], title=target["title"],
                              params=target["params"])
        except JobBusy:
            logger.info("schedule %s: %s already queued or running", schedule["name"], target["target"])
            continue
        enqueued.append(job.pk)
    return enqueued


def tick(now: datetime.datetime | None = None, schedules=None) -> dict[str, list[int]]:
    """Enqueue every schedule whose latest slot has not been enqueued yet; returns {name: [job ids]}."""
    now = now or timezone.now()
    jobs_recover(now=now)
    prune_jobs(now=now)
    due = {}
    for schedule in settings.ACTIONDESK_SCHEDULES if schedules is None else schedules:
        slot = latest_slot(schedule, now)
        ScheduleRun.objects.get_or_create(name=schedule["name"], defaults={"last_due_at": NEVER,
                                                                           "last_enqueued_at": now})
        with transaction.atomic():
            # A conditional update claims the slot: of two schedulers, only one sees a row changed.
            claimed = ScheduleRun.objects.filter(name=schedule["name"], last_due_at__lt=slot).update(
                last_due_at=slot, last_enqueued_at=now)
            if claimed:
                due[schedule["name"]] = _enqueue_targets(schedule)
    return due


def prune_jobs(*, now=None) -> int:
    """Delete finished jobs (and their queue rows) older than ACTIONDESK_JOB_KEEP_DAYS."""
    from django_tasks_db.models import DBTaskResult

    keep_days = getattr(settings, "ACTIONDESK_JOB_KEEP_DAYS", 90)
    before = (now or timezone.now()) - datetime.timedelta(days=keep_days)
    DBTaskResult.objects.filter(finished_at__lt=before).delete()
    return Job.objects.filter(status__in=(JobStatus.DONE, JobStatus.FAILED), finished_at__lt=before).delete()[0]
