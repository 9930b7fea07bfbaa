"""Import jobs: the upload is stored, then validated and written in a background thread that reports progress.

The job row is updated outside the import's transaction, so a page polling it sees rows validated as they
go; while the write transaction runs the job says "writing" and shows the rows written when it commits.
Set ``ENTERPRISE_IMPORT_SYNC = True`` (tests) or pass ``run_async=False`` to run in the calling thread.
"""
import hashlib
import logging
import threading
import time

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import close_old_connections, connections, transaction
from django.utils import timezone

from actiondesk.core.access import access_for
from actiondesk.enterprises.choices import ImportStatus
from actiondesk.enterprises.imports.service import BadFile, enterprises_import
from actiondesk.enterprises.models import EnterpriseImportJob
from actiondesk.enterprises.models.permissions import keeps_pool

logger = logging.getLogger(__name__)
UPDATE_EVERY = 0.5  # seconds between progress writes
MAX_STORED_ERRORS = 1000
STEP_STATUS = {"read": ImportStatus.VALIDATING, "validate": ImportStatus.VALIDATING, "write": ImportStatus.WRITING}


def import_job_start(*, zone, acting_user, file_name: str, data: bytes,
                     run_async: bool | None = None) -> EnterpriseImportJob:
    """Store the upload as a queued job (pool keepers of the zone only) and start it after commit."""
    access = access_for(acting_user)
    if not keeps_pool(access) or access.zone_id != zone.pk:
        raise PermissionDenied
    job = EnterpriseImportJob.objects.create(zone=zone, user=acting_user, file_name=file_name[:255],
                                             sha256=hashlib.sha256(data).hexdigest(), data=data)
    if run_async is None:
        run_async = not getattr(settings, "ENTERPRISE_IMPORT_SYNC", False)
    if run_async:
        thread = threading.Thread(target=_run_in_thread, args=(job.pk,), name=f"enterprise-import-{job.pk}",
                                  daemon=True)
        transaction.on_commit(thread.start)
    else:
        import_job_run(job_id=job.pk)
        job.refresh_from_db()
    return job


def _run_in_thread(job_id: int) -> None:
    try:
        close_old_connections()
        import_job_run(job_id=job_id)
    finally:
        connections.close_all()


def _save(job_id: int, **fields) -> None:
    EnterpriseImportJob.objects.filter(pk=job_id).update(**fields)


def import_job_run(*, job_id: int) -> None:
    """Run a queued job to done or failed; never raises (the job records what went wrong)."""
    job = EnterpriseImportJob.objects.select_related("zone", "user").get(pk=job_id)
    if job.status != ImportStatus.QUEUED:
        return
    _save(job.pk, status=ImportStatus.VALIDATING, started_at=timezone.now())
    last = {"at": 0.0, "step": None}

    def progress(step, done, total):
        now = time.monotonic()
        if step == "done" or (step == last["step"] and now - last["at"] < UPDATE_EVERY):
            return
        if transaction.get_connection().in_atomic_block:
            return  # inside the write transaction nobody else would see the update
        last.update(at=now, step=step)
        _save(job.pk, status=STEP_STATUS[step], rows_total=total, rows_processed=min(done, total))

    try:
        outcome = enterprises_import(zone=job.zone, data=bytes(job.data), file_name=job.file_name, actor=job.user,
                                     progress=progress)
    except BadFile as exc:
        _save(job.pk, status=ImportStatus.FAILED, result={"error": str(exc)}, finished_at=timezone.now())
        return
    except Exception as exc:  # a job must end in a state the page can show
        logger.exception("enterprise import job %s failed", job.pk)
        _save(job.pk, status=ImportStatus.FAILED, result={"error": f"导入失败：{type(exc).__name__}"},
              finished_at=timezone.now())
        return
    data = outcome.as_dict()
    errors = data.pop("errors")
    data["error_count"] = len(errors)
    errors = errors[:MAX_STORED_ERRORS]
    _save(job.pk, status=ImportStatus.DONE if outcome.ok else ImportStatus.FAILED, errors=errors, result=data,
          rows_total=outcome.rows, rows_processed=outcome.rows, finished_at=timezone.now(),
          data=b"" if outcome.ok else job.data)
