"""Long jobs on the task queue: apps register a kind, services enqueue it, a worker runs it.

An app registers in ``<app>/jobs.py`` (auto-discovered)::

    @register_job("enterprises.import", label=_("企业导入"))
    def run_enterprise_import(job, progress) -> dict: ...   # progress(step, done, total); JobFailed for a bad outcome

``job_enqueue(kind=, target=, zone=, user=, ...)`` stores a ``Job`` row and puts ``core.tasks.run_job`` on the
queue; the database refuses a second queued or running job for the same kind and target. The worker claims the
row, calls the runner and records the outcome; a job whose worker died is failed by ``jobs_recover`` and can be
retried. Scheduled kinds also give ``schedule_targets() -> [(zone, target, title, params)]`` for the scheduler.
"""
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, close_old_connections, connections, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.models import Job, JobStatus
from actiondesk.core.scoping import can_edit

logger = logging.getLogger(__name__)
MAX_STORED_ERRORS = 1000
UPDATE_EVERY = 0.5  # seconds between progress writes


class JobBusy(Exception):
    """Another job of the same kind is already queued or running for the same target."""


class JobFailed(Exception):
    """Raised by a runner for an expected failure: the message, row errors and partial result are kept. ``final``: the
    input itself is refused (a scan, a file of another kind) — running it again cannot end otherwise, so no retry."""

    def __init__(self, message: str = "", *, errors: list | None = None, result: dict | None = None,
                 final: bool = False):
        super().__init__(message)
        self.errors, self.result, self.final = errors or [], result or {}, final


@dataclass(frozen=True)
class JobKind:
    name: str
    label: str
    run: Callable
    schedule_targets: Callable | None = None
    unit: str = "rows"  # what rows_done counts: "rows" or "pages"
    next_label: str = ""  # a finished job whose result has "next_url" links there (and its starter is taken there)


_KINDS: dict[str, JobKind] = {}


def register_job(name: str, *, label, schedule_targets: Callable | None = None, unit: str = "rows",
                 next_label=""):
    def decorator(run):
        _KINDS[name] = JobKind(name, label, run, schedule_targets, unit, next_label)
        return run

    return decorator


def job_kind(name: str) -> JobKind:
    return _KINDS[name]


def job_kinds() -> dict[str, JobKind]:
    return dict(_KINDS)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _inline() -> bool:
    from django_tasks import default_task_backend

    return not default_task_backend.supports_get_result  # the immediate backend runs the job in this thread


def _put_on_queue(job: Job) -> None:
    from actiondesk.core.tasks import run_job  # core.tasks imports this module: a cycle

    result = run_job.enqueue(job.pk)
    if not _inline():
        Job.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])


def job_enqueue(*, kind: str, target: str, zone, user=None, title: str = "", params: dict | None = None,
                data: bytes = b"", sha256: str = "") -> Job:
    """Store a queued job and put it on the queue; JobBusy when one is already active for this target."""
    if kind not in _KINDS:
        raise ValueError(f"unknown job kind {kind}")
    try:
        with transaction.atomic():  # the job row and its queue entry commit together
            job = Job.objects.create(kind=kind, target=target, zone=zone, user=user, title=title[:255],
                                     params=params or {}, data=data, sha256=sha256)
            if not _inline():
                _put_on_queue(job)
    except IntegrityError:
        raise JobBusy(_("该对象已有排队或运行中的任务，请等它结束"))
    if _inline():
        _put_on_queue(job)
    job.refresh_from_db()
    return job


def job_retry(*, job: Job, acting_user, check_access: bool = True) -> Job:
    """Queue a failed job again (the uploaded file was kept); only its starter or a zone admin may
    (``check_access=False`` for the operator's CLI)."""
    if check_access and not can_edit(acting_user, job):
        raise PermissionDenied
    if job.status != JobStatus.FAILED:
        raise JobBusy(_("只有失败的任务可以重试"))
    if not job.retryable:
        raise JobBusy(_("该文件无法处理，重试结果不会不同，请改正后重新上传"))
    try:
        with transaction.atomic():
            updated = Job.objects.filter(pk=job.pk, status=JobStatus.FAILED).update(
                status=JobStatus.QUEUED, step="", rows_done=0, rows_total=0, errors=[], result={}, worker="",
                started_at=None, finished_at=None, heartbeat_at=None)
            if updated and not _inline():
                _put_on_queue(job)
    except IntegrityError:
        raise JobBusy(_("该对象已有排队或运行中的任务，请等它结束"))
    if updated and _inline():
        _put_on_queue(job)
    job.refresh_from_db()
    return job


def _save(job_id: int, **fields) -> None:
    Job.objects.filter(pk=job_id).update(**fields)


class _Heartbeat(threading.Thread):
    """Stamps the job every few seconds from its own connection, so a dead worker's job can be told apart."""

    def __init__(self, job_id: int):
        super().__init__(name=f"job-heartbeat-{job_id}", daemon=True)
        self.job_id, self.stopped = job_id, threading.Event()

    def run(self):
        try:
            while not self.stopped.wait(settings.ACTIONDESK_JOB_HEARTBEAT_SECONDS):
                try:
                    _save(self.job_id, heartbeat_at=timezone.now())
                except Exception:  # a locked SQLite file during the job's own write: try again next beat
                    close_old_connections()
        finally:
            connections.close_all()


def _progress_for(job: Job):
    last = {"at": 0.0, "step": None}
    pause = float(os.environ.get("ACTIONDESK_TEST_JOB_PAUSE", "0") or 0)

    def progress(step: str, done: int, total: int) -> None:
        progress.latest = (done, total)  # what a failure shows, though the last update was not saved
        if transaction.get_connection().in_atomic_block:
            if pause:  # test hook: hold the job inside its write transaction so a test can kill the worker
                time.sleep(pause)
            return  # inside the write transaction nobody else would see the update
        now = time.monotonic()
        if step == last["step"] and now - last["at"] < UPDATE_EVERY:
            return
        last.update(at=now, step=step)
        total = max(total, 0)
        _save(job.pk, step=step[:20], rows_total=total, rows_done=min(max(done, 0), total),
              heartbeat_at=timezone.now())

    progress.latest = None
    return progress


def job_execute(job_id: int) -> str:
    """Claim a queued job, run it and record the outcome; never raises (the job says what went wrong)."""
    now = timezone.now()
    claimed = Job.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING, started_at=now, heartbeat_at=now, worker=worker_name()[:120],
        attempts=F("attempts") + 1)
    if not claimed:
        return "skipped"
    job = Job.objects.select_related("zone", "user").get(pk=job_id)
    heartbeat = None if _inline() else _Heartbeat(job.pk)  # inline jobs live and die with their request
    if heartbeat:
        heartbeat.start()
    fields = {}
    progress = _progress_for(job)
    try:
        result = job_kind(job.kind).run(job, progress) or {}
        fields = {"status": JobStatus.DONE, "result": result, "data": b""}
    except JobFailed as exc:
        errors = list(exc.errors)
        result = {**exc.result, "error_count": len(errors)}
        if str(exc):
            result["error"] = str(exc)
        if exc.final:
            result["final"] = True
        fields = {"status": JobStatus.FAILED, "errors": errors[:MAX_STORED_ERRORS], "result": result}
    except Exception as exc:  # a job must end in a state the page can show
        logger.exception("job %s (%s) failed", job.pk, job.kind)
        fields = {"status": JobStatus.FAILED, "result": {"error": _("内部错误：%(name)s") % {
            "name": type(exc).__name__}}}
    finally:
        if heartbeat:
            heartbeat.stopped.set()
            heartbeat.join(timeout=5)
    fields["finished_at"] = timezone.now()
    current = Job.objects.filter(pk=job.pk).values("rows_total", "rows_done").first() or {}
    if progress.latest:  # updates are saved at most every UPDATE_EVERY: the last one may be newer than the row
        current = {"rows_done": max(progress.latest[0], 0), "rows_total": max(progress.latest[1], 0)}
    if fields["status"] == JobStatus.DONE:
        total = int(fields["result"].get("rows", current.get("rows_total", 0)) or 0)
        fields.update(rows_total=total, rows_done=total)
    else:
        total = int(fields["result"].get("rows", current.get("rows_total", 0)) or 0)
        fields.update(rows_total=total, rows_done=min(current.get("rows_done", 0), total))
    _save(job.pk, step="", **fields)
    return str(fields["status"])


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def jobs_recover(*, now=None) -> list[int]:
    """Fail running jobs whose worker is gone (a dead process on this host; on another host, no heartbeat
    for ACTIONDESK_JOB_STALE_SECONDS).

    Each write of a job is one transaction, so an interrupted job wrote nothing; it can be retried.
    """
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    stale_before = now - timezone.timedelta(seconds=settings.ACTIONDESK_JOB_STALE_SECONDS)
    host = socket.gethostname()
    recovered = []
    for job in Job.objects.filter(status=JobStatus.RUNNING).only("pk", "worker", "heartbeat_at", "task_id"):
        worker_host, _sep, pid = job.worker.rpartition(":")
        if worker_host == host and pid.isdigit():
            # On this host the process table is the truth (a long SQLite write blocks the heartbeat).
            abandoned = not _process_alive(int(pid))
        else:
            abandoned = job.heartbeat_at is None or job.heartbeat_at < stale_before
        if not abandoned:
            continue
        updated = Job.objects.filter(pk=job.pk, status=JobStatus.RUNNING, worker=job.worker).update(
            status=JobStatus.FAILED, finished_at=now, step="",
            result={"error": _("任务中断：工作进程在运行中停止，未写入任何数据，可以重试"), "interrupted": True})
        if updated:
            recovered.append(job.pk)
            if job.task_id:
                DBTaskResult.objects.filter(id=job.task_id, status="RUNNING").update(
                    status="FAILED", finished_at=now, exception_class_path="actiondesk.core.jobs.Interrupted",
                    traceback="worker stopped while running the job")
    return recovered
